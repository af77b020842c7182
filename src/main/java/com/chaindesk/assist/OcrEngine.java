package com.chaindesk.assist;

import java.nio.file.Path;

/** An OCR engine (Tesseract here). Implementations throw {@link EngineFailure} when they are missing or fail. */
public interface OcrEngine {

    String name();

    /** Text recognised in a PNG/JPEG image file, in Chinese (simplified and traditional) and English. */
    String recognise(Path image);
}
