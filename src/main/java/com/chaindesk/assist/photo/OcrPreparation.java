package com.chaindesk.assist.photo;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Makes a photo easier for Tesseract to read: grey, light background (error screens are often white on blue or
 * black), and text at the size its models were trained on (small screenshots are enlarged, huge phone photos
 * reduced so OCR stays within its time).
 */
final class OcrPreparation {

	private static final int SMALL = 1200;
	private static final int LARGE = 2800;

	private OcrPreparation() {
	}

	static BufferedImage prepare(BufferedImage source) {
		int width = source.getWidth();
		int height = source.getHeight();
		double scale = 1.0;
		int longest = Math.max(width, height);
		if (longest < SMALL) {
			scale = Math.min(3.0, (double) SMALL * 1.5 / longest);
		}
		else if (longest > LARGE) {
			scale = (double) LARGE / longest;
		}
		int w = Math.max(1, (int) Math.round(width * scale));
		int h = Math.max(1, (int) Math.round(height * scale));
		BufferedImage scaled = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = scaled.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.drawImage(source, 0, 0, w, h, null);
		}
		finally {
			g.dispose();
		}
		BufferedImage grey = luminance(scaled);
		if (meanLevel(grey) < 110) {
			invert(grey);
		}
		return grey;
	}

	/**
	 * Perceived brightness (Rec. 601 weights on the sRGB values), stretched to the full range: a drawImage into a
	 * grey image would go through linear light and turn a red or blue screen nearly black, text and all.
	 */
	private static BufferedImage luminance(BufferedImage rgb) {
		int w = rgb.getWidth();
		int h = rgb.getHeight();
		int[] levels = new int[w * h];
		int min = 255;
		int max = 0;
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				int p = rgb.getRGB(x, y);
				int level = (int) Math.round(0.299 * ((p >> 16) & 0xFF) + 0.587 * ((p >> 8) & 0xFF) + 0.114 * (p & 0xFF));
				levels[y * w + x] = level;
				min = Math.min(min, level);
				max = Math.max(max, level);
			}
		}
		int range = Math.max(1, max - min);
		BufferedImage grey = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
		var raster = grey.getRaster();
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				raster.setSample(x, y, 0, (levels[y * w + x] - min) * 255 / range);
			}
		}
		return grey;
	}

	private static double meanLevel(BufferedImage grey) {
		var raster = grey.getRaster();
		long sum = 0;
		int step = Math.max(1, Math.min(grey.getWidth(), grey.getHeight()) / 200);
		long count = 0;
		for (int y = 0; y < grey.getHeight(); y += step) {
			for (int x = 0; x < grey.getWidth(); x += step) {
				sum += raster.getSample(x, y, 0);
				count++;
			}
		}
		return count == 0 ? 255 : (double) sum / count;
	}

	private static void invert(BufferedImage grey) {
		var raster = grey.getRaster();
		for (int y = 0; y < grey.getHeight(); y++) {
			for (int x = 0; x < grey.getWidth(); x++) {
				raster.setSample(x, y, 0, 255 - raster.getSample(x, y, 0));
			}
		}
	}
}
