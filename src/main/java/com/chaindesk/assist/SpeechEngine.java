package com.chaindesk.assist;

import java.nio.file.Path;

/**
 * A speech-to-text engine: offline (pocketsphinx with a grammar of the chain's own words) or a chain's own ASR
 * server. Implementations throw {@link EngineFailure} when they are missing or fail.
 */
public interface SpeechEngine {

    String name();

    /** Recognises a 16 kHz mono 16-bit WAV file; an unrecognised note gives {@code recognized=false}, not a guess. */
    Transcript transcribe(Path wav16kMono);

    record Transcript(String text, double confidence, boolean recognized) {
    }
}
