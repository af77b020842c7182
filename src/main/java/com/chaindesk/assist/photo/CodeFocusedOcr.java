package com.chaindesk.assist.photo;

import java.nio.file.Path;

/**
 * An OCR engine that can also read an image with Latin letters and digits first: error codes are Latin, and a
 * Chinese-first reading now and then takes the {@code E} of {@code E7} for 上 or splits a {@code 1} in two.
 */
interface CodeFocusedOcr {

	String recogniseCodes(Path image);
}
