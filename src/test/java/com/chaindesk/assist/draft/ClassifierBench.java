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
		long seed = args.length > 0 ? Long.parseLong(args[0]) : 20261123L;
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
