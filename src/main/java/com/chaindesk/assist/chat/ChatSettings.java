package com.chaindesk.assist.chat;

import java.util.List;

import com.chaindesk.config.SettingDefinition;
import com.chaindesk.config.SettingLevel;
import com.chaindesk.platform.FieldProblem;
import tools.jackson.core.type.TypeReference;

/** The chatbot's settings. */
public final class ChatSettings {

	/**
	 * Below this confidence the bot does not answer but hands off. HQ's default 0.55 sits in the middle of the fused
	 * score's range: an article that matches the question's words and meaning scores well above it, a merely
	 * related one below. Regions may set their own (a region with thin knowledge may want to hand off sooner).
	 */
	public static final SettingDefinition<Double> CONFIDENCE_THRESHOLD = SettingDefinition
			.builder("assist.confidence-threshold", "ratio", new TypeReference<Double>() {
			})
			.defaultValue(0.55)
			.rules(t -> t != null && t >= 0.05 && t <= 0.99 ? List.of()
					: List.of(new FieldProblem("", "from 0.05 to 0.99")))
			.lowestOverride(SettingLevel.REGION)
			.build();

	private ChatSettings() {
	}
}
