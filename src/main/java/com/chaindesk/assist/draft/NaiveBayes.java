package com.chaindesk.assist.draft;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Multinomial Naive Bayes over present/absent features with Laplace smoothing, and a temperature that turns its
 * (famously over-sure) log scores into probabilities that mean what they say: fitted on a slice of the training
 * examples the model did not learn from, by the least negative log-likelihood. Immutable once trained.
 */
final class NaiveBayes {

	/** Laplace smoothing; chosen by 5-fold cross-validation on the bench's training part (bench/classifier.sh cv). */
	static final double ALPHA = 0.25;
	private static final double[] TEMPERATURES = { 1, 1.5, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 25, 30, 40, 50 };

	private final Map<String, Double> logPrior = new HashMap<>();
	private final Map<String, Map<String, Double>> logLikelihood = new HashMap<>();
	private final Map<String, Double> logUnseen = new HashMap<>();
	private final Set<String> vocabulary = new HashSet<>();
	private final double temperature;
	private final double alpha;

	private NaiveBayes(List<Example> examples, double temperature, double alpha) {
		this.temperature = temperature;
		this.alpha = alpha;
		Map<String, Integer> documents = new HashMap<>();
		Map<String, Map<String, Integer>> counts = new HashMap<>();
		Map<String, Integer> totals = new HashMap<>();
		for (Example example : examples) {
			documents.merge(example.label(), 1, Integer::sum);
			Map<String, Integer> perLabel = counts.computeIfAbsent(example.label(), l -> new HashMap<>());
			for (String feature : example.features()) {
				perLabel.merge(feature, 1, Integer::sum);
				totals.merge(example.label(), 1, Integer::sum);
				vocabulary.add(feature);
			}
		}
		int size = vocabulary.size();
		for (var entry : documents.entrySet()) {
			String label = entry.getKey();
			logPrior.put(label, Math.log((double) entry.getValue() / examples.size()));
			double denominator = totals.getOrDefault(label, 0) + alpha * size;
			Map<String, Double> likelihood = new HashMap<>();
			counts.get(label).forEach((feature, n) -> likelihood.put(feature, Math.log((n + alpha) / denominator)));
			logLikelihood.put(label, likelihood);
			logUnseen.put(label, Math.log(alpha / denominator));
		}
	}

	/** Learns from all examples, with the temperature fitted on every fifth one left out of a first model. */
	static NaiveBayes train(List<Example> examples) {
		return train(examples, ALPHA);
	}

	static NaiveBayes train(List<Example> examples, double alpha) {
		if (examples.isEmpty()) {
			throw new IllegalArgumentException("nothing to learn from");
		}
		List<Example> learn = new ArrayList<>();
		List<Example> check = new ArrayList<>();
		for (int i = 0; i < examples.size(); i++) {
			(i % 5 == 4 ? check : learn).add(examples.get(i));
		}
		double temperature = 1;
		if (!check.isEmpty() && !learn.isEmpty()) {
			NaiveBayes trial = new NaiveBayes(learn, 1, alpha);
			double best = Double.MAX_VALUE;
			for (double t : TEMPERATURES) {
				double loss = 0;
				for (Example example : check) {
					double p = trial.probabilities(example.features(), t).getOrDefault(example.label(), 0.0);
					loss -= Math.log(Math.max(p, 1e-9));
				}
				if (loss < best) {
					best = loss;
					temperature = t;
				}
			}
		}
		return new NaiveBayes(examples, temperature, alpha);
	}

	/** Every label with its probability, most likely first. */
	Map<String, Double> probabilities(Collection<String> features) {
		return probabilities(features, temperature);
	}

	private Map<String, Double> probabilities(Collection<String> features, double t) {
		Map<String, Double> scores = new HashMap<>();
		for (String label : logPrior.keySet()) {
			double score = logPrior.get(label);
			Map<String, Double> likelihood = logLikelihood.get(label);
			double unseen = logUnseen.get(label);
			for (String feature : features) {
				// Features no label ever saw say nothing about any of them.
				if (vocabulary.contains(feature)) {
					score += likelihood.getOrDefault(feature, unseen);
				}
			}
			scores.put(label, score / t);
		}
		double max = scores.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
		double sum = scores.values().stream().mapToDouble(s -> Math.exp(s - max)).sum();
		Map<String, Double> out = new LinkedHashMap<>();
		scores.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
				.forEach(e -> out.put(e.getKey(), Math.exp(e.getValue() - max) / sum));
		return out;
	}

	double temperature() {
		return temperature;
	}

	int vocabularySize() {
		return vocabulary.size();
	}

	/** One labelled text, already turned into features. */
	record Example(Set<String> features, String label) {
	}
}
