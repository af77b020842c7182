package com.chaindesk.assist.voice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.chaindesk.assist.voice.SpokenPhrase.Kind;

/**
 * A JSGF grammar and pronunciation dictionary for pocketsphinx, generated from the chain's vocabulary: a note is an
 * optional store name, a device or category, optionally what is wrong with it and the error code it shows, OR a run
 * of single phones. The phone loop is the garbage branch: audio that fits none of the phrases is cheaper to explain as
 * phones than as a forced phrase, and a hypothesis that contains any garbage phone is rejected, not guessed.
 */
final class SphinxGrammar {

	/** The context-independent phones of the US English model, one garbage word each. */
	static final List<String> PHONES = List.of("AA", "AE", "AH", "AO", "AW", "AY", "B", "CH", "D", "DH", "EH", "ER",
			"EY", "F", "G", "HH", "IH", "IY", "JH", "K", "L", "M", "N", "NG", "OW", "OY", "P", "R", "S", "SH", "T", "TH",
			"UH", "UW", "V", "W", "Y", "Z", "ZH");

	static final String GARBAGE_PREFIX = "gb_";

	private final String jsgf;
	private final String dictionary;
	private final Map<String, SpokenPhrase> byWord;

	private SphinxGrammar(String jsgf, String dictionary, Map<String, SpokenPhrase> byWord) {
		this.jsgf = jsgf;
		this.dictionary = dictionary;
		this.byWord = byWord;
	}

	/**
	 * @param withGarbage false only for the benchmark's baseline: without the phone loop every note is forced into
	 *        some phrase
	 */
	static SphinxGrammar of(List<SpokenPhrase> phrases, PinyinPhones phones, boolean withGarbage) {
		Map<String, SpokenPhrase> byWord = new LinkedHashMap<>();
		StringBuilder dict = new StringBuilder();
		List<String> subjects = new ArrayList<>();
		List<String> symptoms = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		List<String> stores = new ArrayList<>();
		int n = 0;
		for (SpokenPhrase phrase : phrases) {
			List<String> spellings = phones.spellings(phrase.text());
			if (spellings.isEmpty()) {
				continue;
			}
			String word = "w" + (n++) + "_" + PinyinPhones.pinyin(phrase.text()).replaceAll("[^a-z0-9]", "");
			byWord.put(word, phrase);
			for (int i = 0; i < spellings.size(); i++) {
				dict.append(i == 0 ? word : word + "(" + (i + 1) + ")").append(' ').append(spellings.get(i)).append('\n');
			}
			(switch (phrase.kind()) {
				case STORE -> stores;
				case SYMPTOM -> symptoms;
				case ERROR_CODE -> codes;
				case CATEGORY, DEVICE -> subjects;
			}).add(word);
		}
		if (subjects.isEmpty()) {
			throw new IllegalArgumentException("no phrase of the vocabulary could be spelled");
		}
		for (String phone : PHONES) {
			dict.append(GARBAGE_PREFIX).append(phone.toLowerCase()).append(' ').append(phone).append('\n');
		}
		StringBuilder g = new StringBuilder("#JSGF V1.0;\ngrammar chaindesk;\n");
		// How staff put it: [store] what (a device or a category) [what is wrong] [the code it shows].
		// Weighted: most notes name no store and no code, so those branches must earn their place acoustically.
		String said = (stores.isEmpty() ? "" : "(/0.8/ <NULL> | /0.2/ <store>) ") + "<subject>"
				+ (symptoms.isEmpty() ? "" : " [<symptom>]") + (codes.isEmpty() ? "" : " (/0.9/ <NULL> | /0.1/ <code>)");
		g.append("public <note> = ").append(withGarbage ? "(" + said + ") | <garbage>+" : said).append(";\n");
		g.append("<subject> = ").append(String.join(" | ", subjects)).append(";\n");
		if (!symptoms.isEmpty()) {
			g.append("<symptom> = ").append(String.join(" | ", symptoms)).append(";\n");
		}
		if (!codes.isEmpty()) {
			g.append("<code> = ").append(String.join(" | ", codes)).append(";\n");
		}
		if (!stores.isEmpty()) {
			g.append("<store> = ").append(String.join(" | ", stores)).append(";\n");
		}
		g.append("<garbage> = ").append(String.join(" | ",
				PHONES.stream().map(p -> GARBAGE_PREFIX + p.toLowerCase()).toList())).append(";\n");
		return new SphinxGrammar(g.toString(), dict.toString(), byWord);
	}

	String jsgf() {
		return jsgf;
	}

	String dictionary() {
		return dictionary;
	}

	/**
	 * The phrases a hypothesis says, in order; empty when it is empty or contains any garbage phone (the note
	 * matched nothing the chain says).
	 */
	Optional<List<SpokenPhrase>> phrasesOf(String hypothesis) {
		List<SpokenPhrase> said = new ArrayList<>();
		for (String token : hypothesis.strip().split("\\s+")) {
			if (token.isEmpty()) {
				continue;
			}
			String word = token.replaceAll("\\(\\d+\\)$", "");
			if (word.startsWith(GARBAGE_PREFIX)) {
				return Optional.empty();
			}
			SpokenPhrase phrase = byWord.get(word);
			if (phrase != null) {
				said.add(phrase);
			}
		}
		return said.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(said));
	}
}
