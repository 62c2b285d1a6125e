import { getConferencePhoto } from "@/lib/data/conferences";
import { recordPhotoRoute } from "@/lib/files/photo-route";

// /ho-so/hoi-nghi/<id>/anh/<photo id>[?co=nho]: a conference's photo (or its
// thumbnail), served after the same read check as the conference.
export const { GET, HEAD } = recordPhotoRoute("hoi-nghi", getConferencePhoto);
