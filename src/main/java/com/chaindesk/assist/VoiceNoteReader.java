package com.chaindesk.assist;

/**
 * Turns a voice note (wav, mp3, amr, webm) into text; throws {@link MediaRejected} for an unsupported format or a
 * corrupt file. Engine trouble becomes a warning.
 */
public interface VoiceNoteReader {

    VoiceReading read(MediaUpload audio);
}
