package com.chaindesk.assist.voice;

import java.nio.charset.StandardCharsets;

/**
 * The voice-note formats we take, told by their first bytes (never by the file name): WAV from recorders, MP3,
 * AMR from phones and IM apps, WebM/Opus from browsers' MediaRecorder.
 */
enum AudioFormat {

	WAV, MP3, AMR, WEBM, UNKNOWN;

	static AudioFormat of(byte[] b) {
		if (b.length >= 12 && ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WAVE")) {
			return WAV;
		}
		if (b.length >= 6 && ascii(b, 0, 6).equals("#!AMR\n") || b.length >= 9 && ascii(b, 0, 9).equals("#!AMR-WB\n")) {
			return AMR;
		}
		if (b.length >= 4 && (b[0] & 0xFF) == 0x1A && (b[1] & 0xFF) == 0x45 && (b[2] & 0xFF) == 0xDF
				&& (b[3] & 0xFF) == 0xA3) {
			return WEBM;
		}
		if (b.length >= 3 && ascii(b, 0, 3).equals("ID3")) {
			return MP3;
		}
		// An MPEG audio frame header: 11 sync bits, a valid version and layer, and a bitrate that is not "bad".
		if (b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0 && (b[1] & 0x18) != 0x08
				&& (b[1] & 0x06) != 0 && (b[2] & 0xF0) != 0xF0) {
			return MP3;
		}
		return UNKNOWN;
	}

	private static String ascii(byte[] bytes, int from, int length) {
		return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
	}
}
