// Configuration as the operator sets it: what starts, what refuses to start (and says which variable
// is wrong), where the server listens, and when the unauthenticated local Direct Line is on. Written
// for mutants that survived on src/config.ts (see the README): a wrong answer here exposes an open
// bot to the internet or loses conversations at a restart.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, usesLocalDirectLine } from '../../src/config.ts';

const azure = { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'pw' };

describe('what refuses to start', () => {
  it('Blob state without a connection string, naming what is missing', () => {
    expect(() => loadConfig({ STORAGE: 'blob' })).toThrow(ConfigError);
    expect(() => loadConfig({ STORAGE: 'blob' })).toThrow(/BLOB_CONNECTION_STRING/);
    expect(() => loadConfig({ STORAGE: 'blob', BLOB_CONNECTION_STRING: '   ' })).toThrow(/BLOB_CONNECTION_STRING/);
    expect(loadConfig({ STORAGE: 'blob', BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true' }).STORAGE).toBe('blob');
  });

  it('an app id without its password, except with a managed identity', () => {
    expect(() => loadConfig({ MicrosoftAppId: azure.MicrosoftAppId })).toThrow(/MicrosoftAppPassword is missing/);
    expect(() => loadConfig({ MicrosoftAppId: azure.MicrosoftAppId, MicrosoftAppType: 'SingleTenant' })).toThrow(ConfigError);
    expect(loadConfig({ MicrosoftAppId: azure.MicrosoftAppId, MicrosoftAppType: 'UserAssignedMSI' }).MicrosoftAppId).toBe(azure.MicrosoftAppId);
    expect(loadConfig(azure).MicrosoftAppPassword).toBe('pw');
  });

  it('a bad value, naming the variable', () => {
    expect(() => loadConfig({ STORAGE: 'disk' })).toThrow(/^environment variable STORAGE: /);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
    expect(() => loadConfig({ MicrosoftAppType: 'Anyone' })).toThrow(/MicrosoftAppType/);
    expect(() => loadConfig({ BLOB_CONTAINER: 'Has_Capitals' })).toThrow(/BLOB_CONTAINER: lower-case letters, digits and dashes/);
    expect(() => loadConfig({ DIRECT_LINE_DOMAIN: 'not a url' })).toThrow(/DIRECT_LINE_DOMAIN/);
  });

  it('a reply address that is not a URL', () => {
    expect(() => loadConfig({ ALLOWED_SERVICE_URLS: 'https://ok.example, nonsense' })).toThrow(/ALLOWED_SERVICE_URLS: not a URL: nonsense/);
  });

  it('a framing site that is not an origin', () => {
    expect(() => loadConfig({ FRAME_ANCESTORS: 'ftp://files.example' })).toThrow(/FRAME_ANCESTORS: not an origin: ftp:\/\/files.example/);
    for (const bad of ['https://ok.example/"x', "https://ok.example/'x", 'https://ok.example;x', 'https://', 'see https://ok.example', 'x-https://ok.example']) {
      expect(() => loadConfig({ FRAME_ANCESTORS: bad }), bad).toThrow(/FRAME_ANCESTORS/);
    }
  });
});

describe('what is read', () => {
  it('the Emulator and load tests on this machine are not rate-limited unless asked (RATE_LIMIT_LOOPBACK)', () => {
    // A mutant that read every value as "true" survived the chunked run of session 12.
    expect(loadConfig({}).RATE_LIMIT_LOOPBACK).toBe(false);
    expect(loadConfig({ RATE_LIMIT_LOOPBACK: 'false' }).RATE_LIMIT_LOOPBACK).toBe(false);
    expect(loadConfig({ RATE_LIMIT_LOOPBACK: 'true' }).RATE_LIMIT_LOOPBACK).toBe(true);
  });

  it('a refusal is a ConfigError by name, as the start-up message prints it', () => {
    let error: unknown;
    try {
      loadConfig({ STORAGE: 'disk' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).name).toBe('ConfigError');
    expect(String(error)).toMatch(/^ConfigError: environment variable STORAGE: /);
  });

  it('every value .env.example documents is accepted', () => {
    for (const level of ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']) expect(loadConfig({ LOG_LEVEL: level }).LOG_LEVEL).toBe(level);
    for (const type of ['MultiTenant', 'SingleTenant']) expect(loadConfig({ ...azure, MicrosoftAppType: type }).MicrosoftAppType).toBe(type);
    expect(loadConfig({ STORAGE: 'memory' }).STORAGE).toBe('memory');
  });

  it('the defaults: memory state, the info log, content/ resolved to a full path', () => {
    const c = loadConfig({});
    expect(c.STORAGE).toBe('memory');
    expect(c.LOG_LEVEL).toBe('info');
    expect(c.MicrosoftAppType).toBe('MultiTenant');
    expect(c.BLOB_CONTAINER).toBe('clinic-bot-state');
    expect(c.LOCALE).toBe('en-GB');
    expect(c.REQUEST_BODY_LIMIT).toBe('256kb');
    expect(c.DIRECT_LINE_DOMAIN).toBe('https://directline.botframework.com/v3/directline');
    expect(c.contentDir).toBe(path.resolve('content'));
    expect(c.ALLOWED_SERVICE_URLS).toEqual([]);
  });

  it('blank and padded secrets: blank is unset, padding is trimmed', () => {
    expect(loadConfig({ MicrosoftAppId: '   ', MicrosoftAppPassword: '' }).MicrosoftAppId).toBeUndefined();
    expect(loadConfig({ DIRECT_LINE_SECRET: '  s3cret ' }).DIRECT_LINE_SECRET).toBe('s3cret');
  });

  it('reply addresses are kept as origins, blanks dropped', () => {
    expect(loadConfig({ ALLOWED_SERVICE_URLS: ' https://a.example/path , ,http://b.example:8080/x ' }).ALLOWED_SERVICE_URLS).toEqual([
      'https://a.example',
      'http://b.example:8080',
    ]);
  });

  it('framing sites: the page itself by default; several, space- or comma-separated', () => {
    expect(loadConfig({}).FRAME_ANCESTORS).toEqual(["'self'"]);
    expect(loadConfig({ FRAME_ANCESTORS: "'self' https://www.clinic.example,https://b.example" }).FRAME_ANCESTORS).toEqual([
      "'self'",
      'https://www.clinic.example',
      'https://b.example',
    ]);
    expect(loadConfig({ FRAME_ANCESTORS: "'none'" }).FRAME_ANCESTORS).toEqual(["'none'"]);
    expect(loadConfig({ FRAME_ANCESTORS: 'http://localhost:8080' }).FRAME_ANCESTORS).toEqual(['http://localhost:8080']);
  });
});

describe('where it listens, and the unauthenticated local Direct Line', () => {
  it('open mode stays on loopback; with Azure configured it listens everywhere; HOST wins', () => {
    expect(loadConfig({}).HOST).toBe('127.0.0.1');
    expect(loadConfig(azure).HOST).toBe('0.0.0.0');
    expect(loadConfig({ ...azure, HOST: ' 10.0.0.5 ' }).HOST).toBe('10.0.0.5');
  });

  it('the local Direct Line is on only with neither an app id nor a Direct Line secret', () => {
    expect(usesLocalDirectLine(loadConfig({}))).toBe(true);
    expect(usesLocalDirectLine(loadConfig(azure))).toBe(false);
    expect(usesLocalDirectLine(loadConfig({ DIRECT_LINE_SECRET: 's3cret' }))).toBe(false);
  });
});
