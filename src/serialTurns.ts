// One turn at a time per conversation in this process. Two messages of the same conversation
// arriving together (a double tap, a fast typist) would otherwise load the same state and the last
// save would win — a red-flag turn's "end the check" could be overwritten by a slower answer.
export class SerialTurns {
  private readonly tails = new Map<string, Promise<void>>();

  run(key: string, turn: () => Promise<void>): Promise<void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const current = previous.then(turn, turn);
    const tail = current.catch(() => undefined);
    this.tails.set(key, tail);
    // Forget the conversation once nothing is queued behind this turn, so the map stays small.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return current;
  }

  get pending(): number {
    return this.tails.size;
  }
}
