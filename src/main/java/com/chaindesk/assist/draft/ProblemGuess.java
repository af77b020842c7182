package com.chaindesk.assist.draft;

import java.util.Map;

import com.chaindesk.ticket.Level;

/**
 * What the classifier makes of a description.
 *
 * @param categories every category it knows with its calibrated probability, most likely first
 * @param device the most likely device, or null when the description names none
 * @param severity how bad it reads, before {@link ImpactUrgencyPolicy} looks for the words that settle it
 */
record ProblemGuess(Map<String, Double> categories, String device, double deviceConfidence, Level severity) {

	String category() {
		return categories.keySet().iterator().next();
	}

	double confidence() {
		return categories.values().iterator().next();
	}
}
