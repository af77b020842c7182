package com.chaindesk.assist;

/** An OCR or speech engine that is not installed, not reachable or failed on this input. */
public class EngineFailure extends RuntimeException {

    public EngineFailure(String message) {
        super(message);
    }

    public EngineFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
