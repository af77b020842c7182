package com.chaindesk.assist.draft;

/**
 * An open ticket the reporter may be about to duplicate, with why it was picked, in the reader's language.
 *
 * @param visible whether the reporter may open it (a store sees its own tickets; other stores' only by number)
 */
public record SimilarTicket(long id, String number, String subject, String status, String storeName, String reason,
		boolean major, boolean visible) {
}
