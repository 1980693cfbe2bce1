package dev.dialtone.auditor.remediate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

import dev.dialtone.auditor.config.AuditorProperties.Mail;
import dev.dialtone.auditor.route.Outbox;
import dev.dialtone.contracts.Notification;
import dev.dialtone.contracts.PendingAnomaly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Writes a ready-to-send message to the notifications topic and, when SMTP is configured
 * ({@code spring.mail.host}), sends it too. A failed SMTP send is logged, not fatal: the
 * topic copy stays for another sender.
 */
class Notifier {

	private static final Logger log = LoggerFactory.getLogger(Notifier.class);

	private final Outbox outbox;

	private final String notificationsTopic;

	private final Mail mail;

	private final String publicUrl;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final Clock clock;

	Notifier(Outbox outbox, String notificationsTopic, Mail mail, String publicUrl,
			ObjectProvider<JavaMailSender> mailSender, Clock clock) {
		this.outbox = outbox;
		this.notificationsTopic = notificationsTopic;
		this.mail = mail;
		this.publicUrl = publicUrl;
		this.mailSender = mailSender;
		this.clock = clock;
	}

	/**
	 * @return how the person was reached, for the audit record
	 */
	String askToConsolidate(PendingAnomaly anomaly, String token) {
		String seed = anomaly.getAnomalyId() + "|consolidate";
		Notification notification = Notification.newBuilder()
			.setNotificationId(UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString())
			.setEmployeeId(anomaly.getEmployeeId())
			.setRecipient(anomaly.getWorkEmail())
			.setSubject("Action needed: move your Zoom account into the company account")
			.setBody(body(anomaly, token))
			.setCreatedAt(this.clock.instant())
			.build();
		this.outbox.send(this.notificationsTopic, anomaly.getEmployeeId(), notification);
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			return "notifications topic";
		}
		try {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.mail.from());
			message.setTo(notification.getRecipient());
			message.setSubject(notification.getSubject());
			message.setText(notification.getBody());
			sender.send(message);
			return "notifications topic and SMTP";
		}
		catch (MailException ex) {
			log.warn("SMTP send for employee {} failed: {}", anomaly.getEmployeeId(), ex.getMessage());
			return "notifications topic (SMTP failed)";
		}
	}

	private String body(PendingAnomaly anomaly, String token) {
		return """
				Hello,

				Your new company Zoom account could not be set up because a personal Zoom account already uses
				%s. To finish the set-up:

				1. Go to https://zoom.us/signin and sign in with %s and your personal password.
				2. Accept the prompt "Consolidate into account" (or open Profile and choose to join the company account).
				3. Then open %s/consolidated/%s and confirm;
				   we finish your Zoom and Zoom Phone set-up automatically within minutes.

				Your meetings and recordings move with you. Questions? Reply to this message.

				%s
				"""
			.formatted(anomaly.getWorkEmail(), anomaly.getWorkEmail(), this.publicUrl, token, this.mail.signature());
	}

}
