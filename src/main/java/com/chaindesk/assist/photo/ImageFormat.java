package com.chaindesk.assist.photo;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What an upload is, told by its first bytes and never by its name: phones send HEIC named {@code .jpg} and people
 * rename files. {@link #UNKNOWN} is anything that carries no image signature we know.
 */
enum ImageFormat {

	PNG, JPEG, WEBP, GIF, BMP, HEIC, UNKNOWN;

	/** ISO-BMFF brands of HEIF/HEIC/AVIF photos (iPhones and many Android phones). */
	private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1",
			"msf1", "avif", "avis");

	static ImageFormat of(byte[] b) {
		if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return PNG;
		}
		if (starts(b, 0xFF, 0xD8, 0xFF)) {
			return JPEG;
		}
		if (b.length >= 12 && ascii(b, 0, 4).equals("RIFF") && ascii(b, 8, 4).equals("WEBP")) {
			return WEBP;
		}
		if (b.length >= 6 && (ascii(b, 0, 6).equals("GIF87a") || ascii(b, 0, 6).equals("GIF89a"))) {
			return GIF;
		}
		if (starts(b, 'B', 'M') && b.length >= 26) {
			return BMP;
		}
		if (b.length >= 12 && ascii(b, 4, 4).equals("ftyp")
				&& HEIF_BRANDS.contains(ascii(b, 8, 4).toLowerCase(Locale.ROOT))) {
			return HEIC;
		}
		return UNKNOWN;
	}

	private static boolean starts(byte[] bytes, int... signature) {
		if (bytes.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((bytes[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

	private static String ascii(byte[] bytes, int from, int length) {
		return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
	}
}
