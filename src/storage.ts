// Conversation and user state storage, chosen by configuration: memory for local runs and tests,
// Azure Blob Storage (or the Azurite emulator) for anything that must survive a restart. Every
// call has a deadline (STORAGE_TIMEOUT_MS); Blob state re-creates its container when it is lost.
import type { Storage } from 'botbuilder';
import type { AppConfig } from './config.ts';
import { BoundedMemoryStorage } from './state/boundedMemoryStorage.ts';
import { DeadlineStorage } from './state/deadlineStorage.ts';
import { RecoveringBlobsStorage } from './state/recoveringBlobsStorage.ts';

export function createStorage(
  config: Pick<AppConfig, 'STORAGE' | 'BLOB_CONNECTION_STRING' | 'BLOB_CONTAINER' | 'STORAGE_TIMEOUT_MS' | 'MEMORY_STORAGE_MB'>,
): Storage {
  if (config.STORAGE === 'blob') {
    return new DeadlineStorage(
      new RecoveringBlobsStorage(config.BLOB_CONNECTION_STRING!, config.BLOB_CONTAINER, config.STORAGE_TIMEOUT_MS),
      config.STORAGE_TIMEOUT_MS,
    );
  }
  return new DeadlineStorage(new BoundedMemoryStorage(config.MEMORY_STORAGE_MB * 1024 * 1024), config.STORAGE_TIMEOUT_MS);
}
