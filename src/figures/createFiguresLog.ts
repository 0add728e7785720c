// The figures log that matches the state storage: Azure Blob Storage (one blob per event) when
// STORAGE=blob, memory otherwise.
import type { AppConfig } from '../config.ts';
import { BlobFiguresLog } from './blobFiguresLog.ts';
import type { FiguresLog } from './events.ts';
import { MemoryFiguresLog } from './memoryFiguresLog.ts';

export function createFiguresLog(config: Pick<AppConfig, 'STORAGE' | 'BLOB_CONNECTION_STRING' | 'BLOB_CONTAINER'>): FiguresLog {
  return config.STORAGE === 'blob' ? new BlobFiguresLog(config.BLOB_CONNECTION_STRING!, config.BLOB_CONTAINER) : new MemoryFiguresLog();
}
