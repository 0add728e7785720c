// Conversation and user state storage, chosen by configuration: memory for local runs and tests,
// Azure Blob Storage (or the Azurite emulator) for anything that must survive a restart.
import { MemoryStorage, type Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import type { AppConfig } from './config.ts';

export function createStorage(config: AppConfig): Storage {
  if (config.STORAGE === 'blob') {
    return new BlobsStorage(config.BLOB_CONNECTION_STRING!, config.BLOB_CONTAINER);
  }
  return new MemoryStorage();
}
