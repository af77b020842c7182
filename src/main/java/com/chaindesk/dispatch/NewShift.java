package com.chaindesk.dispatch;

import java.time.Instant;

/** An on-call shift as someone asks for it; every field is required. */
public record NewShift(Long team, String agent, Instant from, Instant to) {
}
