import type { Recognizer } from '../../core/entities/entity';
import { createRecognizer } from '../../core/entities';

/** Builds the recognizer when it is first needed, not at activation: the gazetteer index takes a while. */
export class RecognizerSource {
  private recognizer: Recognizer | undefined;

  current(): Recognizer {
    this.recognizer ??= createRecognizer();
    return this.recognizer;
  }
}
