package dev.dialtone.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro records in Confluent's wire format, registering or looking up the schema
 * under {@code <topic>-value} (or {@code -key}). Byte-compatible with Confluent's
 * {@code KafkaAvroSerializer}.
 */
public class RegistryAvroSerializer implements Serializer<Object> {

	private SchemaRegistryClient registry;

	private boolean autoRegister;

	private boolean useLatestVersion;

	private boolean isKey;

	@Override
	public void configure(Map<String, ?> configs, boolean isKey) {
		this.registry = RegistrySerdeConfig.client(configs);
		this.autoRegister = RegistrySerdeConfig.flag(configs, RegistrySerdeConfig.AUTO_REGISTER, true);
		this.useLatestVersion = RegistrySerdeConfig.flag(configs, RegistrySerdeConfig.USE_LATEST_VERSION, false);
		this.isKey = isKey;
	}

	@Override
	public byte[] serialize(String topic, Object data) {
		if (data == null) {
			return null;
		}
		if (!(data instanceof GenericContainer record)) {
			throw new SerializationException("Only Avro records can be serialized, not " + data.getClass().getName());
		}
		Schema schema = record.getSchema();
		String subject = topic + (isKey ? "-key" : "-value");
		int id = schemaId(subject, schema);
		ByteArrayOutputStream out = new ByteArrayOutputStream(256);
		out.writeBytes(WireFormat.header(id).array());
		try {
			BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
			writer(data, schema).write(data, encoder);
			encoder.flush();
		}
		catch (IOException | RuntimeException ex) {
			throw new SerializationException("Could not write " + schema.getFullName() + " for subject " + subject, ex);
		}
		return out.toByteArray();
	}

	private int schemaId(String subject, Schema schema) {
		if (autoRegister) {
			return registry.register(subject, schema);
		}
		return useLatestVersion ? registry.latestId(subject) : registry.lookup(subject, schema);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static DatumWriter<Object> writer(Object data, Schema schema) {
		if (data instanceof SpecificRecord) {
			return new SpecificDatumWriter(schema, SpecificData.getForSchema(schema));
		}
		return new GenericDatumWriter<>(schema);
	}

}
