package com.chaindesk.assist;

import java.util.List;

/**
 * What a photo of an error screen or device panel says: the recognised text, error codes found in it (exact, as the
 * device shows them, e.g. {@code E-1043}) and warnings for the user when the OCR engine was missing or failed.
 */
public record PhotoReading(String text, List<String> errorCodes, List<String> warnings) {
}
