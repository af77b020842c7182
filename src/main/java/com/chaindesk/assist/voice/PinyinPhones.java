package com.chaindesk.assist.voice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * How a phrase of the chain's vocabulary sounds, written in the phones of the US English acoustic model that is the
 * only one Debian ships for pocketsphinx: Chinese characters through their pinyin (every reading of a character
 * with several, up to a few spellings per phrase), Latin words through the model's own dictionary (POS, App, WiFi),
 * letters by their English names and digits as Chinese numbers, the way staff read out an error code.
 * An approximation that works for a closed vocabulary, not a Mandarin model.
 */
final class PinyinPhones {

	static final int MAX_SPELLINGS = 10;

	private static final HanyuPinyinOutputFormat TONELESS = new HanyuPinyinOutputFormat();

	static {
		TONELESS.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
		TONELESS.setVCharType(HanyuPinyinVCharType.WITH_V);
		TONELESS.setCaseType(HanyuPinyinCaseType.LOWERCASE);
	}

	private static final Map<String, String> INITIALS = Map.ofEntries(Map.entry("b", "B"), Map.entry("p", "P"),
			Map.entry("m", "M"), Map.entry("f", "F"), Map.entry("d", "D"), Map.entry("t", "T"), Map.entry("n", "N"),
			Map.entry("l", "L"), Map.entry("g", "G"), Map.entry("k", "K"), Map.entry("h", "HH"), Map.entry("j", "JH"),
			Map.entry("q", "CH"), Map.entry("x", "SH"), Map.entry("zh", "JH"), Map.entry("ch", "CH"),
			Map.entry("sh", "SH"), Map.entry("r", "R"), Map.entry("z", "Z"), Map.entry("c", "T S"), Map.entry("s", "S"));

	private static final Map<String, String> FINALS = Map.ofEntries(Map.entry("a", "AA"), Map.entry("o", "AO"),
			Map.entry("e", "AH"), Map.entry("ai", "AY"), Map.entry("ei", "EY"), Map.entry("ao", "AW"),
			Map.entry("ou", "OW"), Map.entry("an", "AA N"), Map.entry("en", "AH N"), Map.entry("ang", "AA NG"),
			Map.entry("eng", "AH NG"), Map.entry("ong", "UH NG"), Map.entry("er", "ER"), Map.entry("i", "IY"),
			Map.entry("ia", "Y AA"), Map.entry("ie", "Y EH"), Map.entry("iao", "Y AW"), Map.entry("iu", "Y OW"),
			Map.entry("ian", "Y EH N"), Map.entry("in", "IY N"), Map.entry("iang", "Y AA NG"), Map.entry("ing", "IY NG"),
			Map.entry("iong", "Y UH NG"), Map.entry("u", "UW"), Map.entry("ua", "W AA"), Map.entry("uo", "W AO"),
			Map.entry("uai", "W AY"), Map.entry("ui", "W EY"), Map.entry("uan", "W AA N"), Map.entry("un", "W AH N"),
			Map.entry("uang", "W AA NG"), Map.entry("ueng", "W AH NG"), Map.entry("v", "Y UW"), Map.entry("ve", "Y EH"),
			Map.entry("van", "Y EH N"), Map.entry("vn", "Y UW N"), Map.entry("ue", "Y EH"));

	/** Syllables spelled with y or w instead of an initial. */
	private static final Map<String, String> WHOLE = Map.ofEntries(Map.entry("yi", "IY"), Map.entry("ya", "Y AA"),
			Map.entry("ye", "Y EH"), Map.entry("yao", "Y AW"), Map.entry("you", "Y OW"), Map.entry("yan", "Y EH N"),
			Map.entry("yin", "IY N"), Map.entry("yang", "Y AA NG"), Map.entry("ying", "IY NG"),
			Map.entry("yong", "Y UH NG"), Map.entry("yu", "Y UW"), Map.entry("yue", "Y UW EH"),
			Map.entry("yuan", "Y UW EH N"), Map.entry("yun", "Y UW N"), Map.entry("yo", "Y AO"), Map.entry("wu", "W UW"),
			Map.entry("wa", "W AA"), Map.entry("wo", "W AO"), Map.entry("wai", "W AY"), Map.entry("wei", "W EY"),
			Map.entry("wan", "W AA N"), Map.entry("wen", "W AH N"), Map.entry("wang", "W AA NG"),
			Map.entry("weng", "W AH NG"), Map.entry("zhi", "JH ER"), Map.entry("chi", "CH ER"), Map.entry("shi", "SH ER"),
			Map.entry("ri", "R ER"), Map.entry("zi", "Z AH"), Map.entry("ci", "T S AH"), Map.entry("si", "S AH"),
			Map.entry("ju", "JH UW"), Map.entry("qu", "CH UW"), Map.entry("xu", "SH UW"), Map.entry("jue", "JH UW EH"),
			Map.entry("que", "CH UW EH"), Map.entry("xue", "SH UW EH"), Map.entry("juan", "JH UW EH N"),
			Map.entry("quan", "CH UW EH N"), Map.entry("xuan", "SH UW EH N"), Map.entry("jun", "JH UW N"),
			Map.entry("qun", "CH UW N"), Map.entry("xun", "SH UW N"));

	private static final String[] DIGITS = { "ling", "yi", "er", "san", "si", "wu", "liu", "qi", "ba", "jiu" };

	private final Map<String, String> englishWords;

	/** @param englishWords the acoustic model's dictionary, lower-case word to phones, for Latin words */
	PinyinPhones(Map<String, String> englishWords) {
		this.englishWords = englishWords;
	}

	/** Up to {@link #MAX_SPELLINGS} phone spellings of a phrase; empty when a part of it cannot be spelled. */
	List<String> spellings(String phrase) {
		List<List<String>> parts = new ArrayList<>();
		String text = phrase.toLowerCase(Locale.ROOT);
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isLetter(c) && c < 128) {
				int end = i;
				while (end < text.length() && text.charAt(end) < 128 && Character.isLetter(text.charAt(end))) {
					end++;
				}
				String word = text.substring(i, end);
				String phones = englishWords.get(word);
				if (phones == null) {
					phones = spelledOut(word);
				}
				if (phones == null) {
					return List.of();
				}
				parts.add(List.of(phones));
				i = end;
			}
			else if (Character.isDigit(c)) {
				parts.add(List.of(syllable(DIGITS[c - '0'])));
				i++;
			}
			else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
				Set<String> readings = new LinkedHashSet<>();
				for (String reading : readings(c)) {
					String phones = syllable(reading);
					if (phones != null) {
						readings.add(phones);
					}
				}
				for (String reading : List.copyOf(readings)) {
					readings.addAll(heardAs(reading));
				}
				if (readings.isEmpty()) {
					return List.of();
				}
				parts.add(List.copyOf(readings));
				i++;
			}
			else {
				i++;
			}
		}
		if (parts.isEmpty()) {
			return List.of();
		}
		// The usual spelling first, then each with one part said another way (another reading of the character,
		// or the way the English model tends to hear that syllable), up to MAX_SPELLINGS.
		List<String> usual = parts.stream().map(List::getFirst).toList();
		Set<String> spellings = new LinkedHashSet<>();
		spellings.add(String.join(" ", usual));
		for (int at = 0; at < parts.size() && spellings.size() < MAX_SPELLINGS; at++) {
			for (String option : parts.get(at).subList(1, parts.get(at).size())) {
				List<String> variant = new ArrayList<>(usual);
				variant.set(at, option);
				spellings.add(String.join(" ", variant));
				if (spellings.size() >= MAX_SPELLINGS) {
					break;
				}
			}
		}
		return List.copyOf(spellings);
	}

	/** The toneless pinyin of a phrase's Han characters (first reading), for readable dictionary word names. */
	static String pinyin(String phrase) {
		StringBuilder out = new StringBuilder();
		for (char c : phrase.toCharArray()) {
			if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
				List<String> readings = readings(c);
				if (!readings.isEmpty()) {
					out.append(readings.getFirst());
				}
			}
			else if (c < 128 && Character.isLetterOrDigit(c)) {
				out.append(Character.toLowerCase(c));
			}
		}
		return out.toString();
	}

	static List<String> readings(char c) {
		try {
			String[] all = PinyinHelper.toHanyuPinyinStringArray(c, TONELESS);
			if (all == null) {
				return List.of();
			}
			return List.copyOf(new LinkedHashSet<>(List.of(all)));
		}
		catch (BadHanyuPinyinOutputFormatCombination e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * How the English model tends to hear a Mandarin syllable (found by decoding spoken pinyin with its phone
	 * loop): the retroflex "i" of zhi/shi as a rounded vowel, a final -ng as -n, the neutral "e" as ER.
	 */
	static List<String> heardAs(String phones) {
		List<String> variants = new ArrayList<>();
		if (phones.matches("(JH|CH|SH|R) ER")) {
			variants.add(phones.replace("ER", "UW"));
		}
		if (phones.endsWith(" NG")) {
			variants.add(phones.substring(0, phones.length() - 3) + " N");
		}
		if (phones.endsWith(" AH")) {
			variants.add(phones.substring(0, phones.length() - 3) + " ER");
		}
		return variants;
	}

	static String syllable(String pinyin) {
		String s = pinyin.replace("u:", "v").replace("ü", "v");
		String whole = WHOLE.get(s);
		if (whole != null) {
			return whole;
		}
		for (String initial : List.of("zh", "ch", "sh")) {
			if (s.startsWith(initial)) {
				String fin = FINALS.get(s.substring(2));
				return fin == null ? null : INITIALS.get(initial) + " " + fin;
			}
		}
		String first = s.substring(0, 1);
		if (INITIALS.containsKey(first)) {
			String rest = s.substring(1);
			if (rest.isEmpty()) {
				return null;
			}
			if ((first.equals("j") || first.equals("q") || first.equals("x")) && rest.startsWith("u")) {
				rest = "v" + rest.substring(1);
			}
			String fin = FINALS.get(rest);
			return fin == null ? null : INITIALS.get(first) + " " + fin;
		}
		return FINALS.get(s);
	}

	private String spelledOut(String word) {
		if (word.length() > 5) {
			return null;
		}
		List<String> letters = new ArrayList<>();
		for (char letter : word.toCharArray()) {
			String phones = letter == 'a' ? "EY" : englishWords.get(String.valueOf(letter));
			if (phones == null) {
				return null;
			}
			letters.add(phones);
		}
		return String.join(" ", letters);
	}
}
