import { readHousePhoto } from "@/lib/data/houses";
import { recordPhotoRoute } from "@/lib/files/photo-route";

// /ho-so/nha/<id>/anh/<photo id>[?co=nho]: a house's photo (or its
// thumbnail), served after the same read check as the house.
export const { GET, HEAD } = recordPhotoRoute("nha", readHousePhoto);
