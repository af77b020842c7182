package com.chaindesk.assist.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.chaindesk.assist.voice.SpokenPhrase.Kind;
import org.junit.jupiter.api.Test;

/** The grammar generated from the chain's words: pinyin to phones, phrases back to Chinese and categories. */
class OfflineGrammarTests {

	private final PinyinPhones phones = new PinyinPhones(Map.of("pos", "P AA S", "e", "IY", "p", "P IY", "r", "AA R",
			"n", "EH N"));

	@Test
	void chineseIsSpelledInEnglishPhonesThroughPinyin() {
		assertThat(phones.spellings("打印机").getFirst()).isEqualTo("D AA IY N JH IY");
		assertThat(phones.spellings("扫码枪").getFirst()).isEqualTo("S AW M AA CH Y AA NG");
		assertThat(phones.spellings("POS机").getFirst()).isEqualTo("P AA S JH IY");
		assertThat(phones.spellings("E-1043").getFirst()).as("letters in English, digits in Chinese").isEqualTo("IY IY L IY NG S AH S AA N");
		assertThat(phones.spellings("绿")).as("ü").anyMatch(s -> s.equals("L Y UW"));
	}

	@Test
	void theVocabularyHoldsCategoriesDevicesSymptomsCodesAndStores() {
		List<SpokenPhrase> vocabulary = ChainVoiceNotes.vocabulary();
		assertThat(vocabulary).contains(new SpokenPhrase("小票打印机", Kind.CATEGORY, "printer-receipt"),
				new SpokenPhrase("扫码枪", Kind.CATEGORY, "pos-scanner"), new SpokenPhrase("卡纸", Kind.SYMPTOM, "printer"),
				new SpokenPhrase("E-1043", Kind.ERROR_CODE, null), new SpokenPhrase("上海徐汇港汇店", Kind.STORE, null));
		assertThat(vocabulary).extracting(SpokenPhrase::text).contains("闪退", "卡顿", "收银", "POS");
	}

	@Test
	void aHypothesisWithAGarbagePhoneIsRejectedAndOtherwiseReadBackAsChinese() {
		SphinxGrammar grammar = SphinxGrammar.of(ChainVoiceNotes.vocabulary(), phones, true);
		assertThat(grammar.jsgf()).contains("public <note> = ((/0.8/ <NULL> | /0.2/ <store>) <subject> [<symptom>] (/0.9/ <NULL> | /0.1/ <code>)) | <garbage>+;");
		String printer = word(grammar, "打印机");
		String jam = word(grammar, "卡纸");
		HeardPhrases heard = grammar.phrasesOf(printer + " " + jam + "(2)").map(HeardPhrases::new).orElseThrow();
		assertThat(heard.text()).isEqualTo("打印机卡纸");
		assertThat(heard.category()).isEqualTo("printer");
		assertThat(grammar.phrasesOf("gb_d gb_aa " + jam)).isEmpty();
		assertThat(grammar.phrasesOf("")).isEmpty();
	}

	@Test
	void theMostSpecificCategoryWins() {
		SpokenPhrase store = new SpokenPhrase("上海徐汇港汇店", Kind.STORE, null);
		SpokenPhrase app = new SpokenPhrase("门店App", Kind.CATEGORY, "store-app");
		SpokenPhrase crash = new SpokenPhrase("闪退", Kind.SYMPTOM, "store-app-crash");
		assertThat(new HeardPhrases(List.of(store, app, crash)).category()).isEqualTo("store-app-crash");
		assertThat(new HeardPhrases(List.of(store, app, crash)).text()).isEqualTo("上海徐汇港汇店 门店App 闪退");
		SpokenPhrase printer = new SpokenPhrase("打印机", Kind.DEVICE, "printer");
		SpokenPhrase jam = new SpokenPhrase("卡纸", Kind.SYMPTOM, "printer");
		assertThat(new HeardPhrases(List.of(jam)).category()).isEqualTo("printer");
		assertThat(new HeardPhrases(List.of(printer, jam)).category()).isEqualTo("printer");
	}

	private static String word(SphinxGrammar grammar, String phrase) {
		return grammar.dictionary().lines().filter(l -> !l.contains("("))
				.map(l -> l.substring(0, l.indexOf(' ')))
				.filter(w -> grammar.phrasesOf(w).map(p -> p.getFirst().text().equals(phrase)).orElse(false))
				.findFirst().orElseThrow();
	}
}
