package com.chaindesk.assist;

import java.util.List;

/**
 * What a voice note says. {@code recognized} is false when the engine heard nothing it could match (it must not
 * invent a phrase); warnings tell the user when speech recognition was missing or failed.
 */
public record VoiceReading(String text, double confidence, boolean recognized, String engine, List<String> warnings) {
}
