package com.chaindesk.assist.photo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * A generated picture of a device's error screen or panel, as a store's phone would capture it: lines of text in a
 * CJK or Latin font on the device's colours, optionally with sensor noise, blur and a slight tilt. {@code codes} are
 * the error codes a reader must find in it.
 */
public record ErrorScreen(String name, List<String> lines, List<String> codes, String font, int size, Color background,
		Color ink, double noise, double blur, double tiltDegrees) {

	public BufferedImage render() {
		Font face = new Font(font, Font.PLAIN, size);
		BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
		Graphics2D pg = probe.createGraphics();
		pg.setFont(face);
		int width = 0;
		for (String line : lines) {
			width = Math.max(width, pg.getFontMetrics().stringWidth(line));
		}
		int lineHeight = pg.getFontMetrics().getHeight() + size / 3;
		pg.dispose();
		int margin = size * 2;
		int w = width + 2 * margin;
		int h = lineHeight * lines.size() + 2 * margin;
		BufferedImage screen = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = screen.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(background);
		g.fillRect(0, 0, w, h);
		g.setColor(ink.darker());
		g.setStroke(new BasicStroke(Math.max(2, size / 10f)));
		g.drawRect(size / 2, size / 2, w - size, h - size);
		g.setColor(ink);
		g.setFont(face);
		int y = margin + g.getFontMetrics().getAscent();
		for (String line : lines) {
			g.drawString(line, margin, y);
			y += lineHeight;
		}
		g.dispose();
		BufferedImage out = screen;
		if (tiltDegrees != 0) {
			out = tilt(out, tiltDegrees);
		}
		if (blur > 0) {
			out = blur(out, blur);
		}
		if (noise > 0) {
			addNoise(out, noise, name.hashCode());
		}
		return out;
	}

	public byte[] png() {
		return encode(render(), "png");
	}

	public byte[] jpeg() {
		BufferedImage rgb = render();
		return encode(rgb, "jpeg");
	}

	static byte[] encode(BufferedImage image, String format) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("no writer for " + format);
			}
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private BufferedImage tilt(BufferedImage in, double degrees) {
		double r = Math.toRadians(degrees);
		int w = in.getWidth();
		int h = in.getHeight();
		int nw = (int) Math.ceil(Math.abs(w * Math.cos(r)) + Math.abs(h * Math.sin(r)));
		int nh = (int) Math.ceil(Math.abs(h * Math.cos(r)) + Math.abs(w * Math.sin(r)));
		BufferedImage out = new BufferedImage(nw, nh, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.setColor(new Color(200, 200, 200));
		g.fillRect(0, 0, nw, nh);
		AffineTransform at = new AffineTransform();
		at.translate(nw / 2.0, nh / 2.0);
		at.rotate(r);
		at.translate(-w / 2.0, -h / 2.0);
		g.drawImage(in, at, null);
		g.dispose();
		return out;
	}

	private static BufferedImage blur(BufferedImage in, double radius) {
		int n = Math.max(3, (int) Math.round(radius) * 2 + 1);
		float[] k = new float[n * n];
		java.util.Arrays.fill(k, 1f / (n * n));
		BufferedImage out = new BufferedImage(in.getWidth(), in.getHeight(), BufferedImage.TYPE_INT_RGB);
		new ConvolveOp(new Kernel(n, n, k), ConvolveOp.EDGE_NO_OP, null).filter(in, out);
		return out;
	}

	private static void addNoise(BufferedImage image, double amount, long seed) {
		Random random = new Random(seed);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				int d = (int) (random.nextGaussian() * amount);
				int r = clamp(((rgb >> 16) & 0xFF) + d);
				int gr = clamp(((rgb >> 8) & 0xFF) + d);
				int b = clamp((rgb & 0xFF) + d);
				image.setRGB(x, y, (r << 16) | (gr << 8) | b);
			}
		}
	}

	private static int clamp(int v) {
		return Math.max(0, Math.min(255, v));
	}
}
