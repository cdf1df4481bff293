/** Accounts of the people who sign in, their passwords (as hashes) and the API tokens of city systems. */
package nl.sleutelnet.domain.account;
