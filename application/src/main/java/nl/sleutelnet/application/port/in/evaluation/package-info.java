/** The period report (evaluatie) and the programme's money: funding lines and costs. */
package nl.sleutelnet.application.port.in.evaluation;
