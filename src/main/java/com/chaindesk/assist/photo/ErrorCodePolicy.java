package com.chaindesk.assist.photo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which strings on a device's screen are error codes, as the device shows them, so that the classifier and the
 * knowledge search can match them exactly. Two shapes occur on the POS, printer, payment and network equipment the
 * chain runs:
 * <ul>
 * <li>a code with its own letters: {@code E-1043}, {@code E03}, {@code PRN-05}, {@code NET-404}, {@code PRN-0x2A}:
 * kept whole;</li>
 * <li>a number after a label: {@code ERR 0x1F}, {@code Error 51} keep their English label (that is how staff and
 * vendors name them), {@code 错误代码 1203} / {@code 錯誤代碼：1203} give the number alone.</li>
 * </ul>
 * OCR's usual slips inside the digits (O for 0, l or I for 1) are mended; the same code found twice counts once.
 * Register names, paper sizes, versions and the like that look like codes are not codes.
 */
final class ErrorCodePolicy {

	/** Letters + optional dash + digits or hex, not glued to more letters, digits or a decimal point. */
	private static final Pattern OWN_LETTERS = Pattern.compile(
			"(?<![A-Za-z0-9\\-_./])([A-Z]{1,4})(-?)((?:0[xX][0-9A-Fa-f]{1,6})|(?:[0-9][0-9OIl]{0,5}))(?![A-Za-z0-9]|[.,:][0-9])");

	private static final Pattern ENGLISH_LABEL = Pattern.compile(
			"(?<![A-Za-z])(ERROR|Error|ERR|Err|error)(?:\\s*(?:code|Code|CODE|No\\.?|#))?\\s*[:：#]?\\s*"
					+ "((?:[0O][xX][0-9A-Fa-f]{1,8})|(?:[0-9][0-9OIl]{0,5}))(?![A-Za-z0-9]|[.,][0-9])");

	private static final Pattern CHINESE_LABEL = Pattern.compile(
			"(?:错误代码|錯誤代碼|错误码|錯誤碼|故障代码|故障代碼|故障码|故障碼|错误号|錯誤號|代码|代碼|(?<![A-Za-z])(?:Code|CODE))"
					+ "\\s*[:：#]?\\s*((?:[0O][xX][0-9A-Fa-f]{1,8})|(?:[0-9][0-9OIl]{1,7}))(?![A-Za-z0-9]|[.,][0-9])");

	/** Letter groups that precede numbers on screens without being error codes. */
	private static final Set<String> NOT_CODES = Set.of("A", "B", "V", "NO", "POS", "REG", "TEL", "SN", "ID", "VER",
			"USB", "COM", "LPT", "IPV", "MP", "WIFI", "LTE", "RMB", "HKD", "NTD", "CNY", "USD", "TWD", "IP", "PC", "TM",
			"AM", "PM", "KG", "G", "X");

	/** Single-digit codes occur only with these prefixes (printers and scales show E3, F1, H2). */
	private static final Set<String> SHORT_CODE_PREFIXES = Set.of("E", "F", "H", "P", "ER", "ERR");

	List<String> codesIn(String text) {
		String screen = tidy(text);
		record Found(int at, String code) {
		}
		List<Found> found = new ArrayList<>();
		Matcher own = OWN_LETTERS.matcher(screen);
		while (own.find()) {
			String prefix = own.group(1);
			String number = mendDigits(own.group(3));
			if (NOT_CODES.contains(prefix) || !hasDigit(number)) {
				continue;
			}
			if (number.length() == 1 && !SHORT_CODE_PREFIXES.contains(prefix)) {
				continue;
			}
			found.add(new Found(own.start(), prefix + own.group(2) + number));
		}
		Matcher english = ENGLISH_LABEL.matcher(screen);
		while (english.find()) {
			found.add(new Found(english.start(), english.group(1) + " " + mendDigits(english.group(2))));
		}
		Matcher chinese = CHINESE_LABEL.matcher(screen);
		while (chinese.find()) {
			found.add(new Found(chinese.start(1), mendDigits(chinese.group(1))));
		}
		found.sort((a, b) -> Integer.compare(a.at(), b.at()));
		Set<String> codes = new LinkedHashSet<>();
		found.forEach(f -> codes.add(f.code()));
		return List.copyOf(codes);
	}

	/**
	 * Codes from two readings of the same photo: all of both, except one that is only a cut-short form of another
	 * ({@code E-080} beside {@code E-0807}: a digit lost to noise in one reading).
	 */
	List<String> merge(List<String> first, List<String> second) {
		Set<String> all = new LinkedHashSet<>(first);
		all.addAll(second);
		List<String> kept = new ArrayList<>();
		for (String code : all) {
			boolean cutShort = all.stream().anyMatch(other -> !other.equals(code) && other.startsWith(code));
			if (!cutShort) {
				kept.add(code);
			}
		}
		return List.copyOf(kept);
	}

	/**
	 * The recognised text as a person would write it: full-width letters and digits made ASCII, dashes made '-',
	 * and the spaces Tesseract puts between Chinese characters removed.
	 */
	static String tidy(String text) {
		if (text == null) {
			return "";
		}
		String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
		s = s.replaceAll("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63]", "-");
		s = s.replaceAll("(?<=[\\p{IsHan}，。：；！？、])[ \\t]+(?=[\\p{IsHan}，。：；！？、])", "");
		s = s.replaceAll("(?<=[\\p{IsHan}])[ \\t]+(?=[:：])", "");
		s = s.replaceAll("[ \\t]+", " ");
		s = s.replaceAll("(?m)^ +| +$", "");
		s = s.replaceAll("\\n{3,}", "\n\n");
		return s.strip();
	}

	private static String mendDigits(String number) {
		if (number.length() > 1 && (number.charAt(1) == 'x' || number.charAt(1) == 'X')) {
			return "0x" + number.substring(2);
		}
		return number.replace('O', '0').replace('I', '1').replace('l', '1');
	}

	private static boolean hasDigit(String s) {
		return s.chars().anyMatch(Character::isDigit);
	}
}
