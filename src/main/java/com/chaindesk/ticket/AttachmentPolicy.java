package com.chaindesk.ticket;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a store may attach to a ticket: photos (JPEG, PNG, WebP), voice notes (WAV, MP3, WebM, AMR), PDF and plain
 * text, at most 10 MB. The type is read from the file's first bytes, not taken from what the uploader claims, so a
 * renamed program cannot pass as a photo.
 */
public final class AttachmentPolicy {

	public static final long MAX_BYTES = 10L * 1024 * 1024;

	private AttachmentPolicy() {
	}

	/** The media type the content really has, if it is one a ticket accepts. */
	public static Optional<String> detect(byte[] content, String claimedType) {
		if (starts(content, 0, 0xFF, 0xD8, 0xFF)) {
			return Optional.of("image/jpeg");
		}
		if (starts(content, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return Optional.of("image/png");
		}
		if (starts(content, 0, 'R', 'I', 'F', 'F') && starts(content, 8, 'W', 'E', 'B', 'P')) {
			return Optional.of("image/webp");
		}
		if (starts(content, 0, 'R', 'I', 'F', 'F') && starts(content, 8, 'W', 'A', 'V', 'E')) {
			return Optional.of("audio/wav");
		}
		if (starts(content, 0, 'I', 'D', '3') || (content.length > 1 && (content[0] & 0xFF) == 0xFF
				&& (content[1] & 0xE0) == 0xE0 && (content[1] & 0x06) != 0)) {
			return Optional.of("audio/mpeg");
		}
		if (starts(content, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
			return Optional.of("audio/webm");
		}
		if (starts(content, 0, '#', '!', 'A', 'M', 'R')) {
			return Optional.of("audio/amr");
		}
		if (starts(content, 0, '%', 'P', 'D', 'F', '-')) {
			return Optional.of("application/pdf");
		}
		// Plain text has no signature: accept it only when claimed as text and it really is UTF-8 without control bytes.
		if (claimedType != null && claimedType.startsWith("text/plain") && text(content)) {
			return Optional.of("text/plain");
		}
		return Optional.empty();
	}

	private static boolean text(byte[] content) {
		for (byte b : content) {
			if (b == 0 || (b > 0 && b < 0x09)) {
				return false;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
			return true;
		}
		catch (CharacterCodingException e) {
			return false;
		}
	}

	private static boolean starts(byte[] content, int offset, int... signature) {
		if (content.length < offset + signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((content[offset + i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}
}
