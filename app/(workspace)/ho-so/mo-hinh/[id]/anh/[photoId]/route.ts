import { getModelPhoto } from "@/lib/data/models";
import { recordPhotoRoute } from "@/lib/files/photo-route";

// /ho-so/mo-hinh/<id>/anh/<photo id>[?co=nho]: a model's photo (or its
// thumbnail), served after the same read check as the model.
export const { GET, HEAD } = recordPhotoRoute("mo-hinh", getModelPhoto);
