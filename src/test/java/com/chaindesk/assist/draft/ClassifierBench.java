package com.chaindesk.assist.draft;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * bench/classifier.sh: holds out 30 % of the labelled set per category (fixed seed), trains the classifier on the
 * rest and prints macro-F1 beside the keyword-rule baseline, per-category F1, and device and severity accuracy.
 */
public final class ClassifierBench {

	private ClassifierBench() {
	}

	public static void main(String[] args) {
		boolean cv = args.length > 0 && "cv".equals(args[0]);
		long seed = args.length > (cv ? 1 : 0) ? Long.parseLong(args[cv ? 1 : 0]) : 20261123L;
		List<LabelledProblem> all = SeedProblems.load();
		Map<String, List<LabelledProblem>> byCategory = all.stream()
				.collect(Collectors.groupingBy(LabelledProblem::category, TreeMap::new, Collectors.toList()));
		List<LabelledProblem> train = new ArrayList<>();
		List<LabelledProblem> test = new ArrayList<>();
		Random random = new Random(seed);
		for (List<LabelledProblem> group : byCategory.values()) {
			List<LabelledProblem> shuffled = new ArrayList<>(group);
			Collections.shuffle(shuffled, random);
			int held = (int) Math.round(shuffled.size() * 0.3);
			test.addAll(shuffled.subList(0, held));
			train.addAll(shuffled.subList(held, shuffled.size()));
		}
		Collections.shuffle(train, random);
		if (cv) {
			crossValidate(train);
			return;
		}
		long started = System.nanoTime();
		ProblemModel model = ProblemModel.train(train, Instant.now());
		long trainMs = (System.nanoTime() - started) / 1_000_000;
		String common = train.stream().collect(Collectors.groupingBy(LabelledProblem::category, Collectors.counting()))
				.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
		KeywordRules rules = new KeywordRules(common);

		List<String> truth = test.stream().map(LabelledProblem::category).toList();
		List<ProblemGuess> guesses = test.stream().map(p -> model.guess(p.text())).toList();
		List<String> predicted = guesses.stream().map(ProblemGuess::category).toList();
		List<String> baseline = test.stream().map(p -> rules.classify(p.text())).toList();

		System.out.printf("labelled set: %d descriptions (%d zh-CN, %d zh-TW), %d categories; train %d, held out %d (seed %d)%n",
				all.size(), all.stream().filter(p -> "zh-CN".equals(p.language())).count(),
				all.stream().filter(p -> "zh-TW".equals(p.language())).count(), byCategory.size(), train.size(),
				test.size(), seed);
		System.out.printf("trained in %d ms%n%n", trainMs);
		Map<String, Double> ours = f1(truth, predicted);
		Map<String, Double> rule = f1(truth, baseline);
		System.out.printf("%-22s %8s %8s%n", "category", "NB F1", "rules F1");
		for (String category : byCategory.keySet()) {
			System.out.printf("%-22s %8.3f %8.3f%n", category, ours.get(category), rule.get(category));
		}
		System.out.printf("%nmacro-F1  classifier %.3f   keyword rules %.3f   (goal >= 0.85)%n", macro(ours), macro(rule));
		System.out.printf("accuracy  classifier %.3f   keyword rules %.3f%n", accuracy(truth, predicted),
				accuracy(truth, baseline));
		System.out.printf("device accuracy %.3f, severity accuracy %.3f%n",
				accuracy(test.stream().map(p -> p.device().isEmpty() ? null : p.device()).toList(),
						guesses.stream().map(ProblemGuess::device).toList()),
				accuracy(test.stream().map(p -> p.severity().name()).toList(),
						guesses.stream().map(g -> g.severity().name()).toList()));
		calibration(truth, guesses);
		for (String language : List.of("zh-CN", "zh-TW")) {
			List<Integer> idx = new ArrayList<>();
			for (int i = 0; i < test.size(); i++) {
				if (language.equals(test.get(i).language())) {
					idx.add(i);
				}
			}
			Function<List<String>, List<String>> pick = list -> idx.stream().map(list::get).toList();
			System.out.printf("%s: %d held out, classifier accuracy %.3f, rules %.3f%n", language, idx.size(),
					accuracy(pick.apply(truth), pick.apply(predicted)), accuracy(pick.apply(truth), pick.apply(baseline)));
		}
	}

	/**
	 * Tuning without touching the held-out part: 5-fold cross-validation on the training part only, macro-F1 of the
	 * category model for each smoothing value.
	 */
	private static void crossValidate(List<LabelledProblem> train) {
		List<java.util.Set<String>> base = train.stream().map(p -> ProblemFeatures.of(p.text())).toList();
		Map<String, List<java.util.Set<String>>> variants = new LinkedHashMap<>();
		variants.put("words+bigrams+letters+codes (shipped)", base);
		variants.put("without single letters", base.stream().map(f -> f.stream().filter(x -> !x.startsWith("u:"))
				.collect(Collectors.toCollection(java.util.LinkedHashSet::new))).map(f -> (java.util.Set<String>) f).toList());
		variants.put("words only", base.stream().map(f -> f.stream().filter(x -> !x.startsWith("b:") && !x.startsWith("u:"))
				.collect(Collectors.toCollection(java.util.LinkedHashSet::new))).map(f -> (java.util.Set<String>) f).toList());
		variants.put("bigrams only", base.stream().map(f -> f.stream().filter(x -> x.startsWith("b:"))
				.collect(Collectors.toCollection(java.util.LinkedHashSet::new))).map(f -> (java.util.Set<String>) f).toList());
		for (var variant : variants.entrySet()) {
			for (double alpha : new double[] { 0.1, 0.25, 0.5, 1.0 }) {
				System.out.printf("%-38s alpha %.2f: 5-fold CV macro-F1 on the training part %.3f%n", variant.getKey(), alpha,
						cvMacro(train, variant.getValue(), alpha));
			}
		}
	}

	private static double cvMacro(List<LabelledProblem> train, List<java.util.Set<String>> features, double alpha) {
		List<String> truth = new ArrayList<>();
		List<String> predicted = new ArrayList<>();
		for (int fold = 0; fold < 5; fold++) {
			List<NaiveBayes.Example> learn = new ArrayList<>();
			List<Integer> check = new ArrayList<>();
			for (int i = 0; i < train.size(); i++) {
				if (i % 5 == fold) {
					check.add(i);
				}
				else {
					learn.add(new NaiveBayes.Example(features.get(i), train.get(i).category()));
				}
			}
			NaiveBayes model = NaiveBayes.train(learn, alpha);
			for (int i : check) {
				truth.add(train.get(i).category());
				predicted.add(model.probabilities(features.get(i)).keySet().iterator().next());
			}
		}
		return macro(f1(truth, predicted));
	}

	private static void calibration(List<String> truth, List<ProblemGuess> guesses) {
		double[][] bins = { { 0, 0.5 }, { 0.5, 0.75 }, { 0.75, 0.9 }, { 0.9, 1.01 } };
		System.out.println("confidence vs. right (calibration on held-out):");
		for (double[] bin : bins) {
			int n = 0;
			int right = 0;
			double sum = 0;
			for (int i = 0; i < truth.size(); i++) {
				double c = guesses.get(i).confidence();
				if (c >= bin[0] && c < bin[1]) {
					n++;
					sum += c;
					right += guesses.get(i).category().equals(truth.get(i)) ? 1 : 0;
				}
			}
			System.out.printf("  [%.2f, %.2f): %3d guesses, mean confidence %.2f, right %.2f%n", bin[0], Math.min(bin[1], 1),
					n, n == 0 ? 0 : sum / n, n == 0 ? 0 : (double) right / n);
		}
	}

	static Map<String, Double> f1(List<String> truth, List<String> predicted) {
		Map<String, Double> out = new LinkedHashMap<>();
		for (String label : new java.util.TreeSet<>(truth)) {
			int tp = 0;
			int fp = 0;
			int fn = 0;
			for (int i = 0; i < truth.size(); i++) {
				boolean t = label.equals(truth.get(i));
				boolean p = label.equals(predicted.get(i));
				tp += t && p ? 1 : 0;
				fp += !t && p ? 1 : 0;
				fn += t && !p ? 1 : 0;
			}
			out.put(label, tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn));
		}
		return out;
	}

	static double macro(Map<String, Double> f1) {
		return f1.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
	}

	static double accuracy(List<String> truth, List<String> predicted) {
		int right = 0;
		for (int i = 0; i < truth.size(); i++) {
			right += java.util.Objects.equals(truth.get(i), predicted.get(i)) ? 1 : 0;
		}
		return truth.isEmpty() ? 0 : (double) right / truth.size();
	}
}
