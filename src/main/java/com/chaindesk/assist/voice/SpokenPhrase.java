package com.chaindesk.assist.voice;

/**
 * One phrase of the chain's own vocabulary that the offline recogniser listens for, and the ticket category it
 * points to (null when it names no category by itself, like a store or a symptom shared by many devices).
 */
record SpokenPhrase(String text, Kind kind, String category) {

	enum Kind { CATEGORY, DEVICE, SYMPTOM, ERROR_CODE, STORE }
}
