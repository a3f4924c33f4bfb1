package com.servicecentre.notification;

/**
 * One message to a person or a group. The key is unique per message, so sending the same key again is a no-op.
 * Channel: sms for complainants and customers, tasklist for staff groups and users.
 */
public record Notification(String key, String channel, String recipient, String message) {}
