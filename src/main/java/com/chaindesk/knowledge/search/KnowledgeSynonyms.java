package com.chaindesk.knowledge.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.chaindesk.config.SettingDefinition;
import com.chaindesk.config.SettingLevel;
import com.chaindesk.platform.FieldProblem;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import tools.jackson.core.type.TypeReference;

/**
 * Words that name the same thing in the chain (收银机 = POS机 = 收款机), one group per line, comma-separated. HQ keeps the
 * list; a region may add groups for its own words (its list is used together with HQ's, never instead of it).
 * Applied when a question is read, so a changed list counts from the next search on every instance, without
 * re-indexing.
 */
final class KnowledgeSynonyms {

	static final int MAX_GROUPS = 500;
	static final int MAX_WORD_LENGTH = 40;

	static final SettingDefinition<List<String>> SETTING = SettingDefinition
			.builder("knowledge.synonyms", "synonym-groups", new TypeReference<List<String>>() {
			})
			.defaultValue(List.of(
					"收银机,POS机,收款机,收银台电脑,POS",
					"扫码枪,扫描枪,条码扫描器,扫码器,条码枪",
					"打印机,印表机,小票机,票据打印机,receipt printer",
					"网络,网路,Wi-Fi,WiFi,无线网,断网",
					"钱箱,钱柜,收银抽屉,cash drawer",
					"电子价签,电子标签,价签,ESL",
					"刷卡机,银行卡终端,POS刷卡机,card terminal",
					"扫码支付,二维码支付,付款码,QR payment",
					"会员积分,积分,点数",
					"监控,摄像头,CCTV,闭路电视",
					"电子秤,秤,磅秤,scale",
					"门店App,店务App,store app",
					"卡纸,夹纸,paper jam",
					"开不了机,无法开机,不开机,开机没反应"))
			.rules(KnowledgeSynonyms::problems)
			.lowestOverride(SettingLevel.REGION)
			.build();

	private static final Map<List<String>, SynonymMap> COMPILED = new ConcurrentHashMap<>();

	private KnowledgeSynonyms() {
	}

	/** HQ's groups followed by the region's own (a region that copied HQ's list adds nothing twice). */
	static List<String> combine(List<String> hq, List<String> region) {
		Set<String> groups = new LinkedHashSet<>(hq);
		groups.addAll(region);
		return List.copyOf(groups);
	}

	/**
	 * The groups as a synonym map, read with the index's own analyzer so traditional entries and mixed words
	 * (POS机) are cut exactly as the articles are. Kept per distinct list: lists change rarely.
	 */
	static SynonymMap compile(List<String> groups) {
		SynonymMap known = COMPILED.get(groups);
		if (known != null) {
			return known;
		}
		if (COMPILED.size() > 64) {
			COMPILED.clear();
		}
		SynonymMap map = parse(groups);
		COMPILED.put(groups, map);
		return map;
	}

	private static SynonymMap parse(List<String> groups) {
		try (StoreTextAnalyzer analyzer = StoreTextAnalyzer.forIndex()) {
			SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
			for (String group : groups) {
				// One group at a time: a stored group the rules would now refuse loses only itself.
				if (parses(group)) {
					parser.parse(new StringReader(group + "\n"));
				}
			}
			return parser.build();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (ParseException | IllegalArgumentException e) {
			// The rules below keep such lists out; an old stored list that slipped through must not stop search.
			return new SynonymMap(null, null, 0);
		}
	}

	static List<FieldProblem> problems(List<String> groups) {
		List<FieldProblem> problems = new ArrayList<>();
		if (groups.size() > MAX_GROUPS) {
			problems.add(new FieldProblem("", "at most " + MAX_GROUPS + " groups"));
		}
		for (int i = 0; i < groups.size(); i++) {
			String group = groups.get(i);
			List<String> words = group == null ? List.of()
					: List.of(group.split(",")).stream().map(String::strip).filter(w -> !w.isEmpty()).toList();
			if (words.size() < 2) {
				problems.add(new FieldProblem("[" + i + "]", "at least two words separated by commas"));
			}
			else if (words.stream().anyMatch(w -> w.length() > MAX_WORD_LENGTH || w.contains("=>") || w.contains("\\"))) {
				problems.add(new FieldProblem("[" + i + "]", "words of at most " + MAX_WORD_LENGTH + " characters, without => or \\"));
			}
			else if (words.stream().anyMatch(KnowledgeSynonyms::analyzedAway)) {
				problems.add(new FieldProblem("[" + i + "]", "a word with nothing searchable in it"));
			}
			else if (!parses(String.join(",", words))) {
				problems.add(new FieldProblem("[" + i + "]", "not a usable synonym group"));
			}
		}
		return problems;
	}

	private static boolean parses(String group) {
		try (StoreTextAnalyzer analyzer = StoreTextAnalyzer.forIndex()) {
			SolrSynonymParser parser = new SolrSynonymParser(true, true, analyzer);
			parser.parse(new StringReader(group + "\n"));
			return true;
		}
		catch (IOException | ParseException | IllegalArgumentException e) {
			return false;
		}
	}

	private static boolean analyzedAway(String word) {
		try (StoreTextAnalyzer analyzer = StoreTextAnalyzer.forIndex();
				var stream = analyzer.tokenStream("all", word)) {
			stream.reset();
			boolean any = stream.incrementToken();
			stream.end();
			return !any;
		}
		catch (IOException e) {
			return true;
		}
	}
}
