package dev.dialtone.zoom.simulator.api;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import dev.dialtone.zoom.simulator.control.RequestLog;
import dev.dialtone.zoom.simulator.faults.FaultRegistry;
import jakarta.servlet.DispatcherType;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the gateway filter on the Zoom paths only; the control API under /_sim stays
 * unguarded.
 */
@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

	@Bean(destroyMethod = "shutdownNow")
	ScheduledExecutorService faultScheduler() {
		return Executors.newScheduledThreadPool(2, (runnable) -> {
			Thread thread = new Thread(runnable, "zoom-sim-faults");
			thread.setDaemon(true);
			return thread;
		});
	}

	@Bean
	FilterRegistrationBean<ZoomApiFilter> zoomApiFilter(FaultRegistry faults, ZoomApiGuard guard, RequestLog log,
			ScheduledExecutorService faultScheduler) {
		FilterRegistrationBean<ZoomApiFilter> registration = new FilterRegistrationBean<>(
				new ZoomApiFilter(faults, guard, log, faultScheduler));
		registration.addUrlPatterns("/v2/*", "/oauth/*");
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
		registration.setAsyncSupported(true);
		registration.setOrder(Integer.MIN_VALUE + 100);
		return registration;
	}

}
