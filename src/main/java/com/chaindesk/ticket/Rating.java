package com.chaindesk.ticket;

import java.time.Instant;

/** The store's satisfaction with how its problem was solved: 1 (poor) to 5 (excellent). */
public record Rating(int score, String comment, Instant at) {
}
