package com.chaindesk.ticket;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Test-only: counts the SQL statements a request prepares. A request carrying {@code X-Count-Statements: <key>} has
 * every statement its thread prepares (after security, so sign-in and session look-ups are left out) counted under
 * that key. Connections are wrapped only to count; everything else goes straight to the pool's connection.
 */
@Component
class StatementCounter extends OncePerRequestFilter implements BeanPostProcessor {

	static final String HEADER = "X-Count-Statements";

	private static final ThreadLocal<AtomicInteger> CURRENT = new ThreadLocal<>();
	private static final Map<String, Integer> COUNTS = new ConcurrentHashMap<>();

	static Integer count(String key) {
		return COUNTS.get(key);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		AtomicInteger counter = new AtomicInteger();
		CURRENT.set(counter);
		try {
			chain.doFilter(request, response);
		}
		finally {
			CURRENT.remove();
			COUNTS.put(key, counter.get());
		}
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
			return new Counting(dataSource);
		}
		return bean;
	}

	/** The application's DataSource, handing out connections that count what they prepare. */
	static final class Counting extends DelegatingDataSource {
		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws java.sql.SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws java.sql.SQLException {
			return counting(super.getConnection(username, password));
		}

		private static Connection counting(Connection connection) {
			InvocationHandler handler = (proxy, method, args) -> {
				AtomicInteger counter = CURRENT.get();
				if (counter != null && (method.getName().equals("prepareStatement") || method.getName().equals("prepareCall")
						|| method.getName().equals("createStatement"))) {
					counter.incrementAndGet();
				}
				try {
					return method.invoke(connection, args);
				}
				catch (InvocationTargetException e) {
					throw e.getCause();
				}
			};
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] { Connection.class }, handler);
		}
	}
}
