package com.chaindesk.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language of the UI: zh-CN unless the person chose zh-TW or English, which a cookie remembers for a year.
 */
@Configuration(proxyBeanMethods = false)
class WebShell implements WebMvcConfigurer {

	private final ShellModel shellModel;

	WebShell(ShellModel shellModel) {
		this.shellModel = shellModel;
	}

	static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.TRADITIONAL_CHINESE, Locale.ENGLISH);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("chaindesk-lang");
		resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(request -> {
			// Without an Accept-Language header the servlet reports the server's own locale: ignore that.
			Locale wanted = request.getHeader("Accept-Language") == null ? null : request.getLocale();
			if (wanted != null && "zh".equals(wanted.getLanguage())) {
				boolean traditional = "TW".equals(wanted.getCountry()) || "HK".equals(wanted.getCountry())
						|| "MO".equals(wanted.getCountry()) || "Hant".equals(wanted.getScript());
				return traditional ? Locale.TRADITIONAL_CHINESE : Locale.SIMPLIFIED_CHINESE;
			}
			// Someone whose browser asks for English first gets English; everyone else starts in simplified Chinese.
			return wanted != null && "en".equals(wanted.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
		});
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
		registry.addInterceptor(shellModel).excludePathPatterns("/api/**", "/actuator/**", "/v3/api-docs/**");
	}
}
