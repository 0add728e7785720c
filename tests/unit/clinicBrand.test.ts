// content/clinic.yaml `brand`: the widget's colours carry white text, so a colour too light for it
// stops the start with a message naming the file and the field.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadClinic } from '../../src/clinical/clinic.ts';

function clinicWith(brand: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'clinic-'));
  const base = readFileSync(path.resolve('content/clinic.yaml'), 'utf8').replace(/\nbrand:[\s\S]*$/, '\n');
  const file = path.join(dir, 'clinic.yaml');
  writeFileSync(file, `${base}${brand}`);
  return file;
}

describe('clinic brand', () => {
  it('takes colours that reach 4.5:1 against white, and an optional logo', () => {
    const clinic = loadClinic(clinicWith('brand:\n  primary: "#0b5d6b"\n  danger: "#b3261e"\n  logo: /logo.svg\n'), {});
    expect(clinic.brand).toEqual({ primary: '#0b5d6b', danger: '#b3261e', logo: '/logo.svg' });
  });

  it('refuses a colour too light for white text, naming the file and the field', () => {
    const file = clinicWith('brand:\n  primary: "#ffa500"\n  danger: "#b3261e"\n');
    expect(() => loadClinic(file, {})).toThrow(/clinic\.yaml.*primary.*4\.5:1|primary.*too light/s);
  });

  it('is optional', () => {
    expect(loadClinic(clinicWith(''), {}).brand).toBeUndefined();
  });
});
