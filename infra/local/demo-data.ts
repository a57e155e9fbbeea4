/**
 * Demo people and schools for the local service: one person for every role,
 * two schools so that access between schools can be tried, and three
 * coordinators so that allocation has a choice to make.
 */
import type { Role } from "../../shared/roles";

export const demoPassword = "demo-password";

export interface DemoUser {
  userId: string;
  username: string;
  role: Role;
  name: string;
  email: string;
  phone?: string;
  schoolUrn?: string;
  /** Coordinators cover the schools of one area, named by postcode district prefix. */
  patch?: string;
  /** A coordinator's line manager, who is told when one of their time limits is missed. */
  managerId?: string;
}

export interface DemoSchool {
  urn: string;
  name: string;
  postcode: string;
  /** The school's link educational psychologist. */
  linkPsychologistId: string;
}

export const demoSchools: DemoSchool[] = [
  {
    urn: "100001",
    name: "Riverside Primary School",
    postcode: "AB1 2CD",
    linkPsychologistId: "00000000-0000-4000-8000-000000000041",
  },
  {
    urn: "100002",
    name: "Hillview Academy",
    postcode: "AB9 8YZ",
    linkPsychologistId: "00000000-0000-4000-8000-000000000041",
  },
];

export const demoUsers: DemoUser[] = [
  {
    userId: "00000000-0000-4000-8000-000000000001",
    username: "parent",
    role: "parent",
    name: "Sam Parent",
    email: "parent@example.com",
    phone: "07700 900001",
  },
  {
    userId: "00000000-0000-4000-8000-000000000002",
    username: "parent2",
    role: "parent",
    name: "Alex Other-Parent",
    email: "parent2@example.com",
  },
  {
    userId: "00000000-0000-4000-8000-000000000003",
    username: "young-person",
    role: "young-person",
    name: "Jordan Young",
    email: "young.person@example.com",
  },
  {
    userId: "00000000-0000-4000-8000-000000000011",
    username: "school",
    role: "school",
    name: "Pat SENCo",
    email: "senco@riverside.example.com",
    schoolUrn: "100001",
  },
  {
    userId: "00000000-0000-4000-8000-000000000012",
    username: "school2",
    role: "school",
    name: "Chris SENCo",
    email: "senco@hillview.example.com",
    schoolUrn: "100002",
  },
  {
    userId: "00000000-0000-4000-8000-000000000021",
    username: "business-support",
    role: "business-support",
    name: "Bo Support",
    email: "business.support@council.example.gov.uk",
  },
  {
    userId: "00000000-0000-4000-8000-000000000031",
    username: "coordinator",
    role: "coordinator",
    name: "Casey Coordinator",
    email: "casey.coordinator@council.example.gov.uk",
    managerId: "00000000-0000-4000-8000-000000000061",
    patch: "AB1",
  },
  {
    userId: "00000000-0000-4000-8000-000000000032",
    username: "coordinator2",
    role: "coordinator",
    name: "Robin Coordinator",
    email: "robin.coordinator@council.example.gov.uk",
    managerId: "00000000-0000-4000-8000-000000000061",
    patch: "AB9",
  },
  {
    userId: "00000000-0000-4000-8000-000000000033",
    username: "coordinator3",
    role: "coordinator",
    name: "Kit Coordinator",
    email: "kit.coordinator@council.example.gov.uk",
    managerId: "00000000-0000-4000-8000-000000000061",
    patch: "AB1",
  },
  {
    userId: "00000000-0000-4000-8000-000000000041",
    username: "specialist",
    role: "specialist",
    name: "Dr Lee Psychologist",
    email: "ep@council.example.gov.uk",
  },
  {
    userId: "00000000-0000-4000-8000-000000000051",
    username: "panel-member",
    role: "panel-member",
    name: "Morgan Panel",
    email: "panel@council.example.gov.uk",
  },
  {
    userId: "00000000-0000-4000-8000-000000000061",
    username: "manager",
    role: "manager",
    name: "Dana Manager",
    email: "manager@council.example.gov.uk",
  },
  {
    userId: "00000000-0000-4000-8000-000000000071",
    username: "finance",
    role: "finance",
    name: "Fran Finance",
    email: "finance@council.example.gov.uk",
  },
  {
    userId: "00000000-0000-4000-8000-000000000081",
    username: "supporter",
    role: "supporter",
    name: "Sky Adviser",
    email: "adviser@sendiass.example.org",
  },
  // Advisers the council asks for medical, social care and therapy advice (reg 6(1)).
  {
    userId: "00000000-0000-4000-8000-000000000042",
    username: "health",
    role: "specialist",
    name: "Dr Ash Paediatrician",
    email: "paediatrics@health.example.nhs.uk",
  },
  {
    userId: "00000000-0000-4000-8000-000000000043",
    username: "social-care",
    role: "specialist",
    name: "Jo Social Worker",
    email: "children.social.care@council.example.gov.uk",
  },
  {
    userId: "00000000-0000-4000-8000-000000000044",
    username: "speech-therapist",
    role: "specialist",
    name: "Ri Speech Therapist",
    email: "salt@health.example.nhs.uk",
  },
];
