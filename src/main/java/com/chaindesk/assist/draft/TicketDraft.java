package com.chaindesk.assist.draft;

import java.util.List;

import com.chaindesk.ticket.Level;
import com.chaindesk.ticket.Priority;

/**
 * A ticket filled in for the reporter, every field a suggestion they may change. Fields the classifier could not
 * settle are null, and {@code warnings} say why (model still loading, OCR or speech unavailable…).
 *
 * @param confidence calibrated probability that the category is right, 0..1
 * @param confidenceLevel HIGH, MEDIUM or LOW, for plain words on the form
 * @param recognizedText what the photo and the voice note said, as read
 */
public record TicketDraft(Long store, String category, String categoryName, Priority priority, Level impact,
		Level urgency, String device, String subject, String description, Double confidence, Level confidenceLevel,
		List<SimilarTicket> similarTickets, String recognizedText, List<String> errorCodes, List<String> warnings) {
}
