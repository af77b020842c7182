/**
 * Self-service first: the chatbot that answers store staff from knowledge and hands off to a person, and tickets
 * filled in from what staff typed, photographed ({@link com.chaindesk.assist.PhotoReader}, OCR behind
 * {@link com.chaindesk.assist.OcrEngine}) or said ({@link com.chaindesk.assist.VoiceNoteReader}, speech-to-text
 * behind {@link com.chaindesk.assist.SpeechEngine}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assist", allowedDependencies = { "platform", "audit", "org", "config", "identity", "ticket", "knowledge" })
package com.chaindesk.assist;
