// The Teams app package a clinic's IT person uploads: manifest.json (schema 1.24), a 192×192 colour
// icon and a 32×32 outline icon (drawn here with pngjs: a white cross on the clinic's colour), the
// bot's app id from configuration, personal and team scopes, the staff command list and the
// bot's host name as a valid domain. Zipped with jszip.
import JSZip from 'jszip';
import { PNG } from 'pngjs';

export const MANIFEST_VERSION = '1.24';
const ACCENT = '#1F6F6B';

export interface TeamsPackageOptions {
  appId: string;
  /** The bot's public host name, e.g. clinic-bot.azurewebsites.net. */
  hostname?: string;
  clinicName: string;
  /** The clinic's website (https), for the developer links. */
  websiteUrl: string;
  privacyUrl?: string;
  termsOfUseUrl?: string;
  version: string;
}

export const STAFF_COMMANDS = [
  { title: 'notify here', description: 'Post patients’ call-back requests in this channel or chat' },
  { title: 'handoffs', description: 'Open and recent call-back requests, oldest open first' },
  { title: 'stats', description: 'Figures: stats today, stats 7d or stats 30d' },
  { title: 'unanswered', description: 'Questions the bot declined or got 👎 for: unanswered 7d' },
  { title: 'help', description: 'What the assistant can do for staff and for patients' },
];

export function buildManifest(o: TeamsPackageOptions): Record<string, unknown> {
  const shortName = `${o.clinicName}`.slice(0, 30);
  return {
    $schema: `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: MANIFEST_VERSION,
    version: o.version,
    id: o.appId,
    developer: {
      name: o.clinicName.slice(0, 32),
      websiteUrl: o.websiteUrl,
      privacyUrl: o.privacyUrl ?? o.websiteUrl,
      termsOfUseUrl: o.termsOfUseUrl ?? o.websiteUrl,
    },
    name: { short: shortName, full: `${o.clinicName} assistant`.slice(0, 100) },
    description: {
      short: 'Hip and back pain assistant, call-back requests and figures'.slice(0, 80),
      full: 'Patients check their hip and lower back symptoms and ask questions answered from the clinic’s own articles. Staff receive patients’ call-back requests (sent only with their consent), mark them done, and see figures: conversations, outcomes, questions the assistant could not answer, and feedback. It gives information, not a diagnosis.',
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: ACCENT,
    bots: [
      {
        botId: o.appId,
        scopes: ['personal', 'team'],
        supportsFiles: false,
        isNotificationOnly: false,
        commandLists: [{ scopes: ['personal', 'team'], commands: STAFF_COMMANDS }],
      },
    ],
    permissions: ['identity', 'messageTeamMembers'],
    validDomains: o.hostname ? [o.hostname] : [],
  };
}

function hex(colour: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];
}

/** A square icon: a cross (the clinic sign) on a background, or on transparency for the outline. */
export function drawIcon(size: number, background: string | undefined): Buffer {
  const png = new PNG({ width: size, height: size });
  const [r, g, b] = background ? hex(background) : [0, 0, 0];
  const arm = Math.round(size * 0.14);
  const reach = Math.round(size * 0.34);
  const mid = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const inCross = (Math.abs(x + 0.5 - mid) <= arm && Math.abs(y + 0.5 - mid) <= reach) || (Math.abs(y + 0.5 - mid) <= arm && Math.abs(x + 0.5 - mid) <= reach);
      if (inCross) png.data.set([255, 255, 255, 255], i);
      else png.data.set(background ? [r, g, b, 255] : [0, 0, 0, 0], i);
    }
  }
  return PNG.sync.write(png);
}

export async function buildTeamsPackage(o: TeamsPackageOptions): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(buildManifest(o), null, 2));
  zip.file('color.png', drawIcon(192, ACCENT));
  zip.file('outline.png', drawIcon(32, undefined));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
