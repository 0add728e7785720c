// What the staff side needs, built once at start (buildServices): who is staff, the call-back
// requests and the staff channel, and the settings the commands show.
import type { Storage } from 'botbuilder';
import type { ClinicContent } from '../content.ts';
import type { TriageServices } from '../../dialogs/triageServices.ts';
import { renderHandoffCard } from './handoffCard.ts';
import { HandoffService } from './handoffs.ts';
import type { StaffConfig } from './staffConfig.ts';
import { StaffDirectory } from './staffDirectory.ts';

export interface StaffServices {
  directory: StaffDirectory;
  handoffs: HandoffService;
  timeZone: string;
  handoffRetentionDays: number;
}

export function buildStaffServices(
  config: StaffConfig,
  storage: Storage,
  content: ClinicContent,
  triage: TriageServices,
  now: () => Date,
  onError: (err: unknown) => void,
): StaffServices {
  const timeZone = content.clinic.timeZone ?? 'Europe/London';
  const flagLabel = (id: string) => triage.protocol.flags.find((f) => f.id === id)?.label ?? id;
  return {
    directory: new StaffDirectory(config.STAFF_TENANT_ID, config.STAFF_AAD_IDS),
    handoffs: new HandoffService(storage, {
      retentionDays: config.HANDOFF_RETENTION_DAYS,
      now,
      onError,
      render: (record) => renderHandoffCard(record, { messages: content.messages, flagLabel, timeZone }),
    }),
    timeZone,
    handoffRetentionDays: config.HANDOFF_RETENTION_DAYS,
  };
}
