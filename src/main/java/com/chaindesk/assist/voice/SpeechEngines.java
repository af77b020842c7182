package com.chaindesk.assist.voice;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import com.chaindesk.assist.SpeechEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The speech engine this installation uses: the offline pocketsphinx recogniser (default; no network, the chain's
 * own words only) or the chain's own ASR server ({@code whisper} for whisper.cpp's server, {@code funasr} for
 * FunASR's HTTP server) at {@code chaindesk.assist.speech.server-url}.
 */
@Configuration(proxyBeanMethods = false)
class SpeechEngines {

	@Bean
	SpeechEngine speechEngine(ChainVocabulary vocabulary,
			@Value("${chaindesk.assist.speech.engine:pocketsphinx}") String engine,
			@Value("${chaindesk.assist.speech.server-url:}") String serverUrl,
			@Value("${chaindesk.assist.speech.timeout:PT30S}") Duration timeout,
			@Value("${chaindesk.assist.speech.pocketsphinx.program:pocketsphinx_continuous}") String program,
			@Value("${chaindesk.assist.speech.pocketsphinx.model:/usr/share/pocketsphinx/model/en-us/en-us}") String model,
			@Value("${chaindesk.assist.speech.pocketsphinx.wip:3e-5}") String wordInsertion,
			@Value("${chaindesk.assist.speech.pocketsphinx.arguments:}") String arguments) {
		String prompt = String.join("，", ChainVocabulary.DEVICES.keySet());
		return switch (engine.toLowerCase(Locale.ROOT)) {
			case "whisper", "whisper.cpp", "whisper-cpp" ->
				new AsrServerEngine(AsrServerEngine.Dialect.WHISPER, serverUrl, timeout, prompt);
			case "funasr" -> new AsrServerEngine(AsrServerEngine.Dialect.FUNASR, serverUrl, timeout, prompt);
			case "pocketsphinx" -> new PocketsphinxEngine(vocabulary::phrases,
					new PocketsphinxEngine.Setup(program, Path.of(model), wordInsertion, timeout, true,
							java.util.Arrays.stream(arguments.split("\\s+")).filter(a -> !a.isBlank()).toList()));
			default -> throw new IllegalArgumentException("chaindesk.assist.speech.engine must be pocketsphinx, whisper or funasr, not " + engine);
		};
	}
}
