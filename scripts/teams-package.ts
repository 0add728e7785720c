// `npm run teams:package [-- OUT.zip]`: writes the Teams app package (default teams/clinic-bot.zip)
// from the configuration: MicrosoftAppId (the Azure Bot's app id), PUBLIC_HOSTNAME, and the
// clinic's name and website from content/clinic.yaml. TEAMS_PRIVACY_URL / TEAMS_TERMS_URL are used
// when set (https), else the clinic's website.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import '../src/clinical/quietDotenv.ts';
import { loadConfig } from '../src/config.ts';
import { loadContent } from '../src/content.ts';
import { buildTeamsPackage } from '../src/teams/teamsPackage.ts';

const config = loadConfig(process.env);
if (!config.MicrosoftAppId) {
  process.stderr.write('Set MicrosoftAppId (the Azure Bot resource\'s Microsoft App ID) to build the Teams package.\n');
  process.exit(1);
}
const { clinic } = loadContent(config.contentDir, process.env);
const out = path.resolve(process.argv[2] ?? 'teams/clinic-bot.zip');
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const zip = await buildTeamsPackage({
  appId: config.MicrosoftAppId,
  hostname: config.PUBLIC_HOSTNAME,
  clinicName: clinic.name,
  websiteUrl: new URL(clinic.bookingUrl).origin,
  privacyUrl: process.env.TEAMS_PRIVACY_URL || undefined,
  termsOfUseUrl: process.env.TEAMS_TERMS_URL || undefined,
  version,
});
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, zip);
process.stdout.write(`Teams app package written to ${path.relative(process.cwd(), out)}${config.PUBLIC_HOSTNAME ? '' : ' (no PUBLIC_HOSTNAME: validDomains is empty)'}\n`);
