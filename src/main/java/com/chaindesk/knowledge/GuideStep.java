package com.chaindesk.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * One step of a troubleshooting guide. After doing it the reader answers "did this fix it?": yes ends the guide
 * solved; no goes to {@code nextIfNotFixed} (a step number), or to the following step when that is null. "No" on
 * the last step means the guide could not solve it.
 */
public record GuideStep(int number, String instruction, @Nullable Integer nextIfNotFixed) {
}
