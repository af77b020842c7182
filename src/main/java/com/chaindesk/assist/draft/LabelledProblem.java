package com.chaindesk.assist.draft;

import com.chaindesk.ticket.Level;

/**
 * A problem description with what it turned out to be: from the shipped seed set or a resolved ticket.
 *
 * @param device the device as the desk names it (simplified Chinese), empty when none is involved, null when
 *        nobody said
 * @param severity how bad it was: high when a whole store or its checkout stood still
 */
record LabelledProblem(String text, String category, String device, Level severity, String language) {
}
