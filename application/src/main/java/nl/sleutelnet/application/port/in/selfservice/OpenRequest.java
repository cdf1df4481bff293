package nl.sleutelnet.application.port.in.selfservice;

import nl.sleutelnet.domain.selfservice.DataSubjectRequest;

/**
 * An open request with the name of the key person who sent it (empty when they were erased meanwhile).
 */
public record OpenRequest(DataSubjectRequest request, String keyPersonName) {
}
